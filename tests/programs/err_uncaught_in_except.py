# a second exception raised while handling the first
def risky():
    try:
        return {}['missing']
    except KeyError:
        print('handling KeyError')
        return [][0]
risky()
