#!/usr/bin/python3
"""Writes the small numpy and PNG files of tests/io_files/, valid and broken, from scratch.

Run with Debian's python3 (python3-numpy; nothing else):

    /usr/bin/python3 tests/io_files/make_io_files.py

The files are written next to this script; README.md lists them, and tests/npy_test.cpp and
tests/image_test.cpp hold the values written here as literals. The .npy files are numpy's own
(np.save, np.lib.format.write_array), the archives np.savez's and np.savez_compressed's, except the
broken ones, which are numpy's files cut or patched, or written by hand where numpy cannot write
them. The PNGs are written by hand (zlib and struct), so that every kind a reader meets is here:
gray, gray + alpha, RGB, RGBA, a 2-bit palette with transparency, 1-bit gray, 16-bit gray and
RGB, and an Adam7-interlaced image. The output is deterministic: numpy's savez dates every
entry 1980-01-01, as zipfile does for entries opened by name.

`make_io_files.py check DIR` checks, with numpy, the files that ctnn wrote into DIR (the test
"files ctnn writes are what numpy reads" of tests/npy_test.cpp and tests/image_test.cpp writes
them when CTNN_IO_OUTPUT_DIR names a folder; CMake registers that pair of tests when it finds a
Python with numpy).
"""
import io
import os
import struct
import sys
import zipfile
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
F4, F8 = np.dtype("<f4"), np.dtype("<f8")

# ---- the values (tests/npy_test.cpp holds them as literals) -------------------------------------
F4_2X3 = np.array([[0.5, -1.25, 0.1], [np.finfo(F4).max, -0.0, np.finfo(F4).smallest_subnormal]], dtype=F4)
F8_3 = np.array([0.1, -2.5, 1e300], dtype=F8)  # 1e300 is infinity as float32
F4_4D = (np.arange(24, dtype=F4) / 4 - 1).reshape(2, 2, 2, 3)  # a batch of 2 samples of (2, 2, 3)
SMALL = np.array([[1, 2], [3, 4]], dtype=F4)


def npy_bytes(array, version=None):
    out = io.BytesIO()
    if version is None:
        np.save(out, array, allow_pickle=True)
    else:
        np.lib.format.write_array(out, array, version=version)
    return out.getvalue()


def handmade_npy(header, data=b"", major=1):
    """A .npy file with the header text given as is (padded to 64 bytes as numpy pads)."""
    header = header.encode("latin1")
    length_format = "<H" if major == 1 else "<I"
    prefix = 8 + struct.calcsize(length_format)
    padding = -(prefix + len(header) + 1) % 64
    header += b" " * padding + b"\n"
    return b"\x93NUMPY" + bytes([major, 0]) + struct.pack(length_format, len(header)) + header + data


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as file:
        file.write(data)


def npz_bytes(compressed, **arrays):
    out = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(out, **arrays)
    return out.getvalue()


def zip_members(members, method=zipfile.ZIP_STORED):
    """A zip of (name, bytes) members, written as numpy writes them (one zipfile.open per member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as archive:
        for name, data in members:
            with archive.open(name, "w", force_zip64=True) as member:
                member.write(data)
    return out.getvalue()


def patch_size(data, name, uncompressed):
    """The archive with member `name`'s uncompressed size set to `uncompressed` (less than 4 GiB)
    in its local header (also in the zip64 extra field numpy's force_zip64 writes there) and in
    the central directory."""
    data = bytearray(data)
    local = data.index(b"PK\x03\x04")
    name_length = struct.unpack_from("<H", data, local + 26)[0]
    assert data[local + 30:local + 30 + name_length] == name.encode()
    struct.pack_into("<I", data, local + 22, uncompressed)
    header_id, size = struct.unpack_from("<HH", data, local + 30 + name_length)
    assert header_id == 1 and size >= 16, "expected a zip64 extra field"
    struct.pack_into("<Q", data, local + 30 + name_length + 4, uncompressed)
    central = data.index(b"PK\x01\x02")
    assert data[central + 46:central + 46 + name_length] == name.encode()
    struct.pack_into("<I", data, central + 24, uncompressed)
    return bytes(data)


# ---- PNG, by hand -----------------------------------------------------------------------------
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, bit_depth, color_type, rows, interlace=False, extra=b""):
    """A PNG of `rows` (a list of rows, each a list of samples, pixels flattened) as given: the
    samples packed at `bit_depth` bits, filter 0 on every line, one IDAT."""
    def packed(samples):
        if bit_depth == 16:
            return b"".join(struct.pack(">H", s) for s in samples)
        if bit_depth == 8:
            return bytes(samples)
        per_byte = 8 // bit_depth
        out = bytearray()
        for i in range(0, len(samples), per_byte):
            byte = 0
            for j, s in enumerate(samples[i:i + per_byte]):
                byte |= s << (8 - bit_depth * (j + 1))
            out.append(byte)
        return bytes(out)

    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color_type]
    if interlace:  # Adam7: seven passes over sub-images, each line filtered on its own
        passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
        raw = b""
        for x0, y0, dx, dy in passes:
            for y in range(y0, height, dy):
                line = []
                for x in range(x0, width, dx):
                    line += rows[y][x * channels:(x + 1) * channels]
                if line:
                    raw += b"\x00" + packed(line)
    else:
        raw = b"".join(b"\x00" + packed(row) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 1 if interlace else 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + extra + chunk(b"IDAT", zlib.compress(raw, 9)) +
            chunk(b"IEND", b""))


GRAY8 = [[0, 128, 255], [1, 64, 254]]  # 3 x 2
GRAY_ALPHA8 = [[10, 255, 20, 0], [30, 128, 40, 7]]  # 2 x 2, (gray, alpha)
RGB8 = [[255, 0, 0, 0, 255, 0], [0, 0, 255, 10, 20, 30]]  # 2 x 2: red, green, blue, dark
RGBA8 = [[255, 0, 0, 255, 0, 255, 0, 0], [0, 0, 255, 128, 10, 20, 30, 7]]
PALETTE = [(0, 0, 0), (255, 0, 0), (0, 128, 255), (255, 255, 255)]
PALETTE_INDICES = [[0, 1, 2], [3, 2, 1]]  # 3 x 2, 2 bits per index
GRAY1 = [[0, 1, 1, 0, 1, 0, 0, 1, 1, 1]]  # 10 x 1, 1 bit
GRAY16 = [[0, 1], [32768, 65535]]
RGB16 = [[65535, 0, 256, 1, 2, 3]]  # 2 x 1
INTERLACED = [[10 * y + x for x in range(5)] for y in range(5)]  # 5 x 5 gray, Adam7


def pil_gray(r, g, b):
    """PIL's convert('L'): what ctnn::image gives for RGB read as gray (the tests' literals)."""
    return (19595 * r + 38470 * g + 7471 * b + 32768) >> 16


def make():
    # ---- .npy: valid ----
    f4_2x3 = npy_bytes(F4_2X3)
    write("f4_2x3.npy", f4_2x3)
    write("f8_3.npy", npy_bytes(F8_3))
    write("f4_scalar.npy", npy_bytes(np.array(42.5, dtype=F4)))
    write("f4_empty.npy", npy_bytes(np.zeros((0, 3), dtype=F4)))
    write("f4_4d.npy", npy_bytes(F4_4D))
    write("f4_v2.npy", npy_bytes(SMALL, version=(2, 0)))
    write("f4_v3.npy", npy_bytes(SMALL, version=(3, 0)))
    # Python 2's numpy wrote long integers: (2L, 2L).
    write("f4_long_shape.npy", handmade_npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 2L), }", SMALL.tobytes()))
    # ---- .npy: refused ----
    write("fortran_order.npy", npy_bytes(np.asfortranarray(F4_2X3)))
    write("big_endian.npy", npy_bytes(F4_2X3.astype(">f4")))
    write("int64.npy", npy_bytes(np.arange(3, dtype="<i8")))
    write("float16.npy", npy_bytes(np.ones(3, dtype="<f2")))
    write("object.npy", npy_bytes(np.array([1, "a"], dtype=object)))
    write("structured.npy", npy_bytes(np.zeros(2, dtype=[("a", "<f4"), ("b", "<f4")])))
    write("truncated_data.npy", f4_2x3[:-4])
    write("truncated_header.npy", f4_2x3[:30])
    write("header_past_end.npy", f4_2x3[:8] + struct.pack("<H", 0xFFFF) + f4_2x3[10:64])
    write("not_npy.npy", b"x,y\n1.0,2.0\n")
    write("version_4.npy", b"\x93NUMPY\x04\x00" + f4_2x3[8:])
    # 2^62 float32 values: 2^64 bytes, which 64 bits cannot count.
    write("shape_2_62.npy", handmade_npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904,), }"))
    # 2^40 float32 values: 4 TiB claimed by a file of 128 bytes.
    write("shape_2_40.npy", handmade_npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627776,), }"))
    write("bad_dict_no_shape.npy", handmade_npy("{'descr': '<f4', 'fortran_order': False, }", b"\0" * 4))
    write("bad_dict_not_a_dict.npy", handmade_npy("['<f4', False, (1,)]", b"\0" * 4))
    write("bad_dict_negative.npy", handmade_npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 3), }"))
    write("bad_dict_unterminated.npy", handmade_npy("{'descr': '<f4, 'fortran_order': False, 'shape': (1,), }", b"\0" * 4))

    # ---- .npz ----
    arrays = {"x": SMALL, "y": F8_3, "s": np.array(42.5, dtype=F4)}
    write("arrays_stored.npz", npz_bytes(False, **arrays))
    write("arrays_compressed.npz", npz_bytes(True, **arrays))
    write("int64_member.npz", npz_bytes(False, a=SMALL, b=np.arange(3, dtype="<i8")))
    write("not_npz.npz", f4_2x3)
    write("member_not_npy.npz", zip_members([("x.npy", npy_bytes(SMALL)), ("notes.txt", b"made by hand\n")]))
    write("duplicate_names.npz", zip_members([("x.npy", npy_bytes(SMALL)), ("x", npy_bytes(SMALL))]))
    stored = npz_bytes(False, x=SMALL)
    data_at = stored.index(npy_bytes(SMALL)) + 128  # the first value of x's data
    write("crc_error.npz", stored[:data_at] + bytes([stored[data_at] ^ 0x40]) + stored[data_at + 1:])
    write("truncated.npz", npz_bytes(False, **arrays)[:300])
    # A deflated member of 100 bytes that claims 1 GB: more than deflate can expand it to.
    write("bomb.npz", patch_size(npz_bytes(True, x=SMALL), "x.npy", 10**9))

    # ---- PNG ----
    write("gray8.png", png(3, 2, 8, 0, GRAY8))
    write("gray_alpha8.png", png(2, 2, 8, 4, GRAY_ALPHA8))
    write("rgb8.png", png(2, 2, 8, 2, RGB8))
    write("rgba8.png", png(2, 2, 8, 6, RGBA8))
    palette = chunk(b"PLTE", bytes(v for rgb in PALETTE for v in rgb)) + chunk(b"tRNS", bytes([0, 128]))
    write("palette2.png", png(3, 2, 2, 3, PALETTE_INDICES, extra=palette))
    write("gray1.png", png(10, 1, 1, 0, GRAY1))
    write("gray16.png", png(2, 2, 16, 0, GRAY16))
    write("rgb16.png", png(2, 1, 16, 2, RGB16))
    write("interlaced.png", png(5, 5, 8, 0, INTERLACED, interlace=True))
    gray8 = png(3, 2, 8, 0, GRAY8)
    write("not_png.png", b"GIF89a, not a PNG\n")
    idat = gray8.index(b"IDAT")
    write("truncated.png", gray8[:idat + 10])
    header = bytearray(gray8)
    header[29] ^= 0xFF  # the IHDR chunk's CRC
    write("bad_crc.png", bytes(header))
    # 100000 x 100000 pixels claimed by a file of 70 bytes.
    write("huge.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0)) +
          chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b""))

    print("gray of the RGB pixels (PIL's convert('L')):",
          [pil_gray(*RGB8[y][3 * x:3 * x + 3]) for y in range(2) for x in range(2)],
          "palette:", [pil_gray(*PALETTE[i]) for row in PALETTE_INDICES for i in row],
          "RGB16:", [pil_gray(*RGB16[0][3 * x:3 * x + 3]) for x in range(2)])
    total = 0
    for name in sorted(os.listdir(HERE)):
        if name.endswith((".npy", ".npz", ".png")):
            size = os.path.getsize(os.path.join(HERE, name))
            total += size
            print(f"{name:28} {size:6} bytes")
    print(f"{'in all':28} {total:6} bytes")


# ---- what ctnn wrote, read by numpy -------------------------------------------------------------
# tests/npy_test.cpp and tests/image_test.cpp write these (test "files ctnn writes are what numpy
# reads") from the same values.
WRITTEN_F4 = (np.arange(6, dtype=F4) * 0.25 - 0.5).reshape(2, 3)
WRITTEN_F8 = np.array([0.1, 1e300, -3.0], dtype=F8)


def decode_png(data):
    """The 8-bit samples of a non-interlaced PNG as ctnn writes them (gray or RGB), unfiltered."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack_from(">I4s", data, at)
        body = data[at + 8:at + 8 + length]
        assert struct.unpack_from(">I", data, at + 8 + length)[0] == zlib.crc32(kind + body), kind
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, color_type, _, _, interlace = header
    assert depth == 8 and color_type in (0, 2) and interlace == 0, header
    channels = 3 if color_type == 2 else 1
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return np.array(rows, dtype=np.uint8).reshape(height, width, channels)


def check(folder):
    def path(name):
        return os.path.join(folder, name)

    # .npy: numpy reads the values, and np.save would have written the same bytes.
    for name, expected in [("written_f4.npy", WRITTEN_F4), ("written_f8.npy", WRITTEN_F8),
                           ("written_scalar.npy", np.array(42.5, dtype=F4)),
                           ("written_empty.npy", np.zeros((0, 3), dtype=F4)),
                           ("written_tensor.npy", F4_4D)]:
        array = np.load(path(name))
        assert array.dtype == expected.dtype and array.shape == expected.shape, (name, array.dtype, array.shape)
        assert np.array_equal(array, expected), name
        with open(path(name), "rb") as file:
            assert file.read() == npy_bytes(expected), f"{name}: not the bytes np.save writes"
    # .npz: stored and deflated, as savez and savez_compressed write them.
    for name, method in [("written_stored.npz", zipfile.ZIP_STORED), ("written_deflated.npz", zipfile.ZIP_DEFLATED)]:
        with zipfile.ZipFile(path(name)) as archive:
            assert archive.namelist() == ["x.npy", "y.npy"], archive.namelist()
            assert all(info.compress_type == method for info in archive.infolist()), name
            assert archive.testzip() is None, name
        with np.load(path(name)) as arrays:
            assert np.array_equal(arrays["x"], WRITTEN_F4) and arrays["x"].dtype == F4, name
            assert np.array_equal(arrays["y"], WRITTEN_F8) and arrays["y"].dtype == F8, name
    # PNG: a 2 x 3 gray image from [-1, 1], and a grid of three 2 x 2 RGB images.
    gray = decode_png(open(path("written_gray.png"), "rb").read())
    assert gray[:, :, 0].tolist() == [[0, 64, 128], [191, 255, 255]], gray[:, :, 0].tolist()
    grid = decode_png(open(path("written_grid.png"), "rb").read())
    assert grid.shape == (2 * 3 + 1, 2 * 3 + 1, 3), grid.shape  # 2 x 2 cells of 2 x 2, 1-pixel borders
    expected = np.zeros((7, 7, 3), dtype=np.uint8)
    for n, (top, left) in enumerate([(1, 1), (1, 4), (4, 1)]):  # the fourth cell stays black
        for y in range(2):
            for x in range(2):
                expected[top + y, left + x] = [(10 * n + 2 * y + x) * 5, 0, 255]
    assert np.array_equal(grid, expected), grid.tolist()
    print(f"numpy reads the files ctnn wrote into {folder}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        check(sys.argv[2])
    elif len(sys.argv) == 1:
        make()
    else:
        sys.exit("usage: make_io_files.py [check DIR]")
