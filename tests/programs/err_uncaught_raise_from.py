# uncaught chained exception (raise ... from ...)
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return int(cfg['timeout'])
    except (KeyError, ValueError) as e:
        raise ConfigError('bad timeout setting') from e
print(load({'timeout': '30'}))
print(load({'timeout': 'soon'}))
