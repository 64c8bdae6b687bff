"""Photos made for tests: JPEGs with EXIF time, GPS and orientation, without EXIF, damaged, not images."""

from __future__ import annotations

from pathlib import Path

from PIL import Image


def jpeg(path: Path, *, size: tuple[int, int] = (64, 32), colour: tuple[int, int, int] = (200, 30, 30),
         taken: str | None = "2020:06:01 11:30:00", gps: tuple[float, float] | None = (43.653611, 51.167222),
         orientation: int | None = 6) -> Path:
    """A ``size`` photo whose left half is ``colour`` and right half white, with the EXIF asked for."""
    image = Image.new("RGB", size, (255, 255, 255))
    image.paste(Image.new("RGB", (size[0] // 2, size[1]), colour), (0, 0))
    exif = Image.Exif()
    if orientation:
        exif[274] = orientation
    if taken:
        exif[306] = taken
        exif.get_ifd(0x8769)[36867] = taken
    if gps:
        def dms(value: float) -> tuple[float, float, float]:
            degrees = int(abs(value))
            minutes = int((abs(value) - degrees) * 60)
            seconds = round(((abs(value) - degrees) * 60 - minutes) * 60, 2)
            return (float(degrees), float(minutes), seconds)

        exif.get_ifd(0x8825).update({1: "N" if gps[0] >= 0 else "S", 2: dms(gps[0]),
                                     3: "E" if gps[1] >= 0 else "W", 4: dms(gps[1])})
    image.save(path, "JPEG", exif=exif, quality=95)
    return path


def corrupt(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
