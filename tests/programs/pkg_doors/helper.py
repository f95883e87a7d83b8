print("init helper", __name__, __package__)
def helper_fn(x):
    return x * 2
SHARED = []
