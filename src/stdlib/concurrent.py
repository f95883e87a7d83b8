"""The concurrent package of tessera: only its submodule concurrent.futures
(concurrent_futures.py) is provided; `import concurrent.futures` loads it."""
