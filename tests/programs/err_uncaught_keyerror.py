# uncaught KeyError from a nested function call
config = {'host': 'localhost', 'port': 8080}
def get_setting(cfg, name):
    return cfg[name]
def describe(cfg):
    print('host =', get_setting(cfg, 'host'))
    print('port =', get_setting(cfg, 'port'))
    print('user =', get_setting(cfg, 'user'))
describe(config)
print('not reached')
