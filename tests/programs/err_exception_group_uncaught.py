# An exception group nobody catches: the interpreter draws it on stderr and exits 1.
def inner():
    raise ExceptionGroup("inner", [ValueError(1), TypeError(2)])


def outer():
    try:
        inner()
    except* ValueError:
        raise KeyError("from handler")


print("before")
outer()
