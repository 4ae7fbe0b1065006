#!/usr/bin/env python3
"""Rebuild the public-domain paintings of GCompris's "paintings" puzzle as whole pictures.

Debian's gcompris-qt-data 3.1-2 (bookworm) ships the activity in
usr/share/gcompris-qt/rcc/paintings.rcc, a Qt resource file holding, under
gcompris/src/activities/paintings/resource/, the jigsaw pieces (image/*.webp with alpha) and one
board file per painting (board/board*_0.qml) giving each piece's centre as fractions of a 702x515
board and the painting's title (`instruction`). This script unpacks the .rcc, puts the pieces back
together (they tile seamlessly) and, with --app, writes the style images the Style lab bundles
(public/styles/great_wave.jpg and composition_viii.jpg: flattened on white, JPEG quality 90).

Run by hand (never by npm install or CI); needs python3 and ImageMagick (/usr/bin/convert and
/usr/bin/identify, Debian package imagemagick, which reads WebP):

    apt-get download gcompris-qt-data            # gcompris-qt-data_3.1-2_all.deb
    dpkg-deb -x gcompris-qt-data_3.1-2_all.deb /tmp/gc/x
    python3 scripts/paintings/extract_gcompris_paintings.py /tmp/gc/x /tmp/gc/paintings \
        --app public/styles

SOURCE is the .deb itself (extracted with dpkg-deb -x into OUTDIR/deb) or the folder it was
extracted to. OUTDIR receives rcc/ (the unpacked resources), <name>.png per painting (transparent
outside the pieces, trimmed) and paintings.tsv (board, name, width, height, title).

Licence facts (models/styles/README.md): the package's debian/copyright says for
src/activities/paintings/resource/image/*: "Copyright: WebMuseum, License: GPL-3+" with
http://www.ibiblio.org/wm/about/license.html; the image folder's README says the pieces are
Copyright 1994-2006 Nicolas Pioch, 2008 Bruno Coudoin, GPLv3 or later, all from the WebMuseum.
The paintings themselves are public domain (their artists died more than 70 years ago), and in
the US a faithful photograph of a 2-D public-domain work is not itself copyrightable
(Bridgeman v. Corel, 1999).
"""

import argparse
import os
import re
import struct
import subprocess
import sys
import zlib

RCC_PATH = 'usr/share/gcompris-qt/rcc/paintings.rcc'
RESOURCE = 'gcompris/src/activities/paintings/resource'
CONVERT = '/usr/bin/convert'
IDENTIFY = '/usr/bin/identify'
BOARD_W, BOARD_H = 702, 515

# Style-lab id -> painting name (the pieces' file-name prefix).
APP_PAINTINGS = {'great_wave': 'GreatWave', 'composition_viii': 'kandinky'}


def unpack_rcc(path, outdir):
    """Writes every file of a Qt resource (.rcc, format 1-3) under outdir; returns their count."""
    d = open(path, 'rb').read()
    if d[:4] != b'qres':
        sys.exit(f'{path}: not a Qt resource file (no "qres" magic)')
    version, tree, data, names = struct.unpack('>IIII', d[4:20])
    node_size = 14 if version == 1 else 22  # version 2+ adds a last-modified time per node
    count = 0

    def name(off):
        (n,) = struct.unpack('>H', d[names + off : names + off + 2])
        return d[names + off + 6 : names + off + 6 + 2 * n].decode('utf-16-be')

    def walk(i, rel):
        nonlocal count
        base = tree + i * node_size
        name_off, flags = struct.unpack('>IH', d[base : base + 6])
        rel = os.path.join(rel, name(name_off)) if i else rel
        if flags & 2:  # directory: child count, first child index
            children, first = struct.unpack('>II', d[base + 6 : base + 14])
            for c in range(children):
                walk(first + c, rel)
            return
        (data_off,) = struct.unpack('>I', d[base + 10 : base + 14])
        (size,) = struct.unpack('>I', d[data + data_off : data + data_off + 4])
        blob = d[data + data_off + 4 : data + data_off + 4 + size]
        if flags & 1:  # zlib, after a 4-byte uncompressed length
            blob = zlib.decompress(blob[4:])
        elif flags & 4:
            sys.exit(f'{rel}: zstd-compressed resource, not supported here')
        target = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, 'wb').write(blob)
        count += 1

    walk(0, '')
    return count


def assemble(board_path, resource_dir, out_png):
    """Composes one board's pieces at their centres on a transparent 702x515 board, trimmed."""
    text = open(board_path, encoding='utf-8').read()
    title = re.search(r'instruction:\s*qsTr\("([^"]*)"\)', text)
    pieces = re.findall(
        r'"pixmapfile"\s*:\s*"(image/[^"]+\.webp)",\s*"x"\s*:\s*"([\d.]+)",\s*"y"\s*:\s*"([\d.]+)"',
        text,
    )
    if not pieces:
        return None
    args = [CONVERT, '-size', f'{BOARD_W}x{BOARD_H}', 'xc:none']
    for rel, x, y in pieces:
        piece = os.path.join(resource_dir, rel)
        w, h = map(int, subprocess.check_output([IDENTIFY, '-format', '%w %h', piece]).split())
        left = round(float(x) * BOARD_W - w / 2)
        top = round(float(y) * BOARD_H - h / 2)
        args += [piece, '-geometry', f'+{left}+{top}', '-composite']
    args += ['-trim', '+repage', out_png]
    subprocess.check_call(args)
    w, h = subprocess.check_output([IDENTIFY, '-format', '%w %h', out_png]).split()
    name = re.sub(r'[_-]?[a-e]?\d+\.webp$', '', os.path.basename(pieces[0][0]))
    return name, int(w), int(h), title.group(1) if title else ''


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('source', help='gcompris-qt-data_*.deb or the folder it was extracted to')
    p.add_argument('outdir')
    p.add_argument('--app', metavar='DIR', help='also write the Style lab JPEGs into DIR')
    a = p.parse_args()
    for tool in (CONVERT, IDENTIFY):
        if not os.access(tool, os.X_OK):
            sys.exit(f'{tool} not found: apt-get install imagemagick')
    os.makedirs(a.outdir, exist_ok=True)
    root = a.source
    if a.source.endswith('.deb'):
        root = os.path.join(a.outdir, 'deb')
        subprocess.check_call(['dpkg-deb', '-x', a.source, root])
    rcc = os.path.join(root, RCC_PATH)
    if not os.path.isfile(rcc):
        sys.exit(f'{rcc} not found: is {a.source} gcompris-qt-data?')
    rcc_dir = os.path.join(a.outdir, 'rcc')
    print(f'{rcc}: {unpack_rcc(rcc, rcc_dir)} files')
    resource = os.path.join(rcc_dir, RESOURCE)
    boards = sorted(
        os.listdir(os.path.join(resource, 'board')),
        key=lambda f: [int(n) for n in re.findall(r'\d+', f)],
    )
    rows = []
    for board in boards:
        tmp = os.path.join(a.outdir, '.assembling.png')
        info = assemble(os.path.join(resource, 'board', board), resource, tmp)
        if info is None:
            continue
        name, w, h, title = info
        os.replace(tmp, os.path.join(a.outdir, f'{name}.png'))
        rows.append((board, name, w, h, title))
        print(f'{board}\t{name}.png\t{w}x{h}\t{title}')
    with open(os.path.join(a.outdir, 'paintings.tsv'), 'w', encoding='utf-8') as f:
        f.write('board\tname\twidth\theight\ttitle\n')
        f.writelines('\t'.join(map(str, r)) + '\n' for r in rows)
    if a.app:
        for style_id, name in APP_PAINTINGS.items():
            out = os.path.join(a.app, f'{style_id}.jpg')
            subprocess.check_call(
                [CONVERT, os.path.join(a.outdir, f'{name}.png'), '-background', 'white',
                 '-alpha', 'remove', '-alpha', 'off', '-strip', '-sampling-factor', '4:2:0',
                 '-quality', '90', out]
            )
            print(f'{out}: {os.path.getsize(out)} bytes')


if __name__ == '__main__':
    main()
