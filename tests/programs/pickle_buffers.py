# pickle: protocol 5 PickleBuffer (of bytes), in-band and out-of-band through
# buffer_callback / buffers=.
import pickle

pb = pickle.PickleBuffer(b"abc")
print(pickle.dumps(pb, 5))
print(pickle.loads(pickle.dumps(pb, 5)))
try:
    pickle.dumps(pb, 4)
except pickle.PicklingError as exc:
    print("PicklingError:", exc)
collected = []
data = pickle.dumps([pb, pb], 5, buffer_callback=collected.append)
print(data, len(collected))
print(pickle.dumps(pb, 5, buffer_callback=lambda b: False))
print(pickle.dumps(pb, 5, buffer_callback=lambda b: True))
print(pickle.loads(data, buffers=[b"xyz", b"uvw"]))
try:
    pickle.loads(data)
except pickle.UnpicklingError as exc:
    print("UnpicklingError:", exc)
try:
    pickle.loads(data, buffers=[b"one"])
except pickle.UnpicklingError as exc:
    print("UnpicklingError:", exc)
try:
    pickle.dumps(1, 4, buffer_callback=collected.append)
except ValueError as exc:
    print("ValueError:", exc)
