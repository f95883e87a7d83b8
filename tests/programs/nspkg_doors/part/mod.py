NAME = "namespace part"
