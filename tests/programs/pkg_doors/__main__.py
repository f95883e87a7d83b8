print("pkg_doors main", __name__, __package__, __spec__.name)
