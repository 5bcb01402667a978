"""Regenerates the NumPy fixtures for NpyReaderTest (run with python3 and numpy; the tests never need Python).

Each typed_<order><kind><size>.npy holds a (2, 3) array of the VALUES below, so the Java test can check every dtype in
both byte orders against numbers written by NumPy itself rather than by our own writer.
"""
import numpy as np
from numpy.lib import format as npf

VALUES = {
    "u1": [0, 1, 2, 3, 250, 255],
    "i1": [0, -1, 2, -128, 100, 127],
    "u2": [0, 1, 2, 3, 250, 65535],
    "i2": [0, -1, 2, -32768, 100, 32767],
    "u4": [0, 1, 2, 3, 250, 4000000000],
    "i4": [0, -1, 2, -2147483648, 100, 2147483647],
    "u8": [0, 1, 2, 3, 250, 10**15],
    "i8": [0, -1, 2, -(10**12), 100, 10**12],
    "f4": [0.0, -1.5, 2.25, -3e-5, 1e30, 7.0],
    "f8": [0.0, -1.5, 2.25, -3e-5, 1e30, 123456789.125],
    "b1": [True, False, True, True, False, False],
}

for kind, values in VALUES.items():
    orders = ["|"] if kind in ("u1", "i1", "b1") else ["<", ">"]
    for order in orders:
        a = np.array(values, dtype=np.dtype(order + kind)).reshape(2, 3)
        name = "typed_%s%s.npy" % ({"|": "", "<": "le_", ">": "be_"}[order], kind)
        np.save(name, a)

stack = np.arange(24, dtype="<f4").reshape(2, 3, 4)
for version in [(1, 0), (2, 0), (3, 0)]:
    with open("stack_v%d.npy" % version[0], "wb") as f:
        npf.write_array(f, stack, version=version)
np.save("fortran_3x4.npy", np.asfortranarray(np.arange(12, dtype="<f4").reshape(3, 4)))
np.save("image_1x4x5.npy", np.arange(20, dtype="<u2").reshape(1, 4, 5))
np.save("vector_5.npy", np.arange(5, dtype="<f8"))
np.save("complex_2x2.npy", np.ones((2, 2), dtype="<c8"))
