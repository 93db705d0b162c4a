#!/usr/bin/env python3
"""Draws TipBot's Teams icons without an image library: a 192x192 colour icon and a
32x32 outline icon (white on transparent), as Teams requires. Run: python3 manifest/make-icons.py"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BLUE = (0x15, 0x42, 0x73, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def write_png(path, size, pixel):
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter type: none
        for x in range(size):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def bulb(u, v):
    """A light bulb (the tip) in unit coordinates 0..1: a round glass above a small screw base."""
    glass = (u - 0.5) ** 2 + (v - 0.40) ** 2 <= 0.22 ** 2
    neck = 0.40 <= u <= 0.60 and 0.55 <= v <= 0.70
    base = 0.42 <= u <= 0.58 and 0.72 <= v <= 0.80 and not 0.745 <= v <= 0.765
    return glass or neck or base


def color_pixel(x, y, size=192):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    r = 0.18  # rounded corners
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r ** 2:
        return CLEAR
    return WHITE if bulb(u, v) else BLUE


def outline_pixel(x, y, size=32):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    return WHITE if bulb(u, v) else CLEAR


if __name__ == "__main__":
    write_png(os.path.join(HERE, "color.png"), 192, color_pixel)
    write_png(os.path.join(HERE, "outline.png"), 32, outline_pixel)
