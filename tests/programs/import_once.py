# module-level code runs once even when imported several times
print('before first import')
import mod_counter
print('after first import')
import mod_counter
import mod_counter as again
from mod_counter import bump
print('after repeated imports', again is mod_counter)
print(bump(), bump(), mod_counter.bump(), mod_counter.count)
def later():
    import mod_counter
    mod_counter.loaded_values.append('from function')
    return mod_counter.count
print(later(), mod_counter.loaded_values)
