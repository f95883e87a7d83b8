# __name__ of the main program vs an imported module
import mod_counter
import mod_shapes
print('main __name__ is', __name__)
print('imported module __name__ is', mod_counter.__name__, mod_shapes.module_name())
def main():
    print('main() called because __name__ == "__main__"')
    return 0
if __name__ == '__main__':
    main()
else:
    print('imported, not run')
