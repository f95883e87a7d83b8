# helper module: module-level code must run only once per process
print('mod_counter: executing module body, __name__ =', __name__)
count = 0
loaded_values = []

def bump():
    global count
    count += 1
    return count
