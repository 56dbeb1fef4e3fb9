#!/usr/bin/python3
"""Seed corpora for the fuzz targets of fuzz/ (scripts/fuzz.sh runs this; Debian's python3-h5py).

    /usr/bin/python3 scripts/make_fuzz_seeds.py OUT_DIR [MODELS_DIR]

Writes, under OUT_DIR:
  files/         whole files for ctnn_fuzz_load: tests/keras_files/* and a shrunk copy of every
                 Keras file in MODELS_DIR (default ../shared/models): the same HDF5 groups,
                 attributes and architecture, every dataset above 4096 values cut to at most 2 per
                 axis, so that a seed is a few KB and the loader still walks the whole
                 architecture before a weight's shape stops it;
  architecture/  the JSON architectures alone (model_config, config.json) for ctnn_fuzz_architecture,
                 each once per (type, weights) pair of that target: a first byte 0..PAIRS-1;
  zip/           the members of every .keras file in ctnn_fuzz_zip's input layout;
and, in files/ and zip/, the layouts by which a file points outside itself (issue 18), made from
the valid small files: a weight kept in external storage (/etc/passwd, /proc/self/mem), an external
link, a soft link, a virtual dataset, a filter plugin; the loader must refuse each.
Never seeds with ../shared/hostile (libhdf5's known crashers would drown the campaign).
"""
import io
import pathlib
import sys
import zipfile

import h5py
import numpy as np

REPO = pathlib.Path(__file__).resolve().parent.parent
ARCHITECTURE_PAIRS = 9  # the pairs fuzz/architecture_target.cpp lists
LARGEST_KEPT = 4096


def copy_attributes(source, destination):
    for key in source.attrs:
        attribute = source.attrs.get_id(key)
        destination.attrs.create(key, source.attrs[key], shape=attribute.shape, dtype=attribute.dtype)


def copy_shrunk(source, destination):
    """Groups, attributes and datasets of `source`, big datasets cut to 2 values per axis."""
    copy_attributes(source, destination)
    for name, item in source.items():
        if isinstance(item, h5py.Group):
            copy_shrunk(item, destination.create_group(name))
        elif isinstance(item, h5py.Dataset):
            if item.size > LARGEST_KEPT:
                shape = tuple(min(extent, 2) for extent in item.shape)
                values = item[tuple(slice(0, extent) for extent in shape)]
            else:
                values = item[()]
            copy_attributes(item, destination.create_dataset(name, data=np.asarray(values, dtype=item.dtype)))


def shrunk_h5(data_or_path):
    source = h5py.File(io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path, "r")
    out = io.BytesIO()
    with source, h5py.File(out, "w", libver="earliest") as destination:
        copy_shrunk(source, destination)
    return out.getvalue()


def pointing_outside(data, dataset):
    """Variants of the HDF5 file `data` whose `dataset` is read from outside the file, by name."""
    variants = {}

    def variant(name, change):
        out = io.BytesIO(data)
        with h5py.File(out, "r+") as file:
            change(file)
        variants[name] = out.getvalue()

    def replaced(file, **options):
        values = file[dataset][()]
        del file[dataset]
        return file.create_dataset(dataset, shape=values.shape, dtype=values.dtype, **options), values

    def external(target, offset=0):
        def change(file):
            size = file[dataset].size * 4
            replaced(file, external=[(target, offset, size)])
        return change

    def external_link(file):
        del file[dataset]
        file[dataset] = h5py.ExternalLink("/etc/other.h5", "/weights")

    def soft_link(file):
        file.move(dataset, "/elsewhere")
        file[dataset] = h5py.SoftLink("/elsewhere")

    def virtual(file):
        shape = file[dataset].shape
        layout = h5py.VirtualLayout(shape=shape, dtype="f4")
        layout[...] = h5py.VirtualSource("/etc/other.h5", "/weights", shape=shape)
        del file[dataset]
        file.create_virtual_dataset(dataset, layout)

    def plugin(file):
        values = file[dataset][()]
        del file[dataset]
        file.create_dataset(dataset, data=values, chunks=values.shape, compression=32000, allow_unknown_filter=True)

    variant("external_passwd", external("/etc/passwd"))
    variant("external_mem", external("/proc/self/mem", 0x400000))
    variant("external_link", external_link)
    variant("soft_link", soft_link)
    variant("virtual", virtual)
    variant("filter_plugin", plugin)
    return variants


def fdp_string(text):
    """FuzzedDataProvider::ConsumeRandomLengthString's encoding: backslashes doubled, ended by '\\' and 'n'."""
    return text.replace(b"\\", b"\\\\") + b"\\n"


def main():
    out = pathlib.Path(sys.argv[1])
    models = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else REPO.parent / "shared" / "models"
    for sub in ("files", "architecture", "zip"):
        (out / sub).mkdir(parents=True, exist_ok=True)

    def write_architecture(name, text):
        for pair in range(ARCHITECTURE_PAIRS):
            (out / "architecture" / f"{name}.{pair}").write_bytes(bytes([pair]) + text)

    def add_archive(name, data):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {item: archive.read(item) for item in archive.namelist()}
        config = members.get("config.json", b"")
        write_architecture(name + ".config.json", config)
        weights = members.get("model.weights.h5", b"")
        try:
            weights = shrunk_h5(weights)
        except OSError:
            pass  # a broken file of the test corpus: its weights stay as they are
        # The last byte chooses the members (0: all three, stored).
        (out / "zip" / (name + ".zipseed")).write_bytes(fdp_string(config) + fdp_string(members.get("metadata.json", b"")) +
                                                       weights + b"\0")
        return config, members.get("metadata.json", b""), weights

    def add_h5_architecture(name, data):
        try:
            with h5py.File(io.BytesIO(data), "r") as file:
                if "model_config" in file.attrs:
                    text = file.attrs["model_config"]
                    write_architecture(name + ".model_config.json", text if isinstance(text, bytes) else str(text).encode())
        except OSError:
            pass

    small = sorted(p for p in (REPO / "tests" / "keras_files").iterdir() if p.suffix in (".h5", ".keras"))
    for path in small:
        data = path.read_bytes()
        (out / "files" / path.name).write_bytes(data)
        if data[:2] == b"PK":
            try:
                add_archive(path.name, data)
            except zipfile.BadZipFile:
                pass
        else:
            add_h5_architecture(path.name, data)

    keras_files = REPO / "tests" / "keras_files"
    for source, dataset in (("valid_keras2.h5", "/model_weights/dense/dense/kernel:0"),
                            ("cgan_flat_keras3.weights.h5", "/layers/dense/vars/0")):
        for name, data in pointing_outside((keras_files / source).read_bytes(), dataset).items():
            (out / "files" / f"outside_{name}__{source}").write_bytes(data)
    with zipfile.ZipFile(keras_files / "cgan_nested_keras3.keras") as archive:
        members = {item: archive.read(item) for item in archive.namelist()}
    for name, weights in pointing_outside(members["model.weights.h5"], "/layers/sequential/layers/dense/vars/0").items():
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("metadata.json", members["metadata.json"])
            archive.writestr("config.json", members["config.json"])
            archive.writestr("model.weights.h5", weights)
        (out / "files" / f"outside_{name}__cgan_nested_keras3.keras").write_bytes(buffer.getvalue())
        (out / "zip" / f"outside_{name}.zipseed").write_bytes(fdp_string(members["config.json"]) +
                                                            fdp_string(members["metadata.json"]) + weights + b"\0")

    total = 0
    for path in sorted(models.rglob("*")):
        if path.suffix not in (".h5", ".keras"):
            continue
        name = path.parent.name + "__" + path.name
        data = path.read_bytes()
        if data[:2] == b"PK":
            config, metadata, weights = add_archive(name, data)
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr("metadata.json", metadata)
                archive.writestr("config.json", config)
                archive.writestr("model.weights.h5", weights)
            shrunk = buffer.getvalue()
        else:
            shrunk = shrunk_h5(str(path))
            add_h5_architecture(name, data)
        (out / "files" / ("shrunk__" + name)).write_bytes(shrunk)
        total += len(shrunk)
    print(f"make_fuzz_seeds: {out}: " + ", ".join(f"{sub} {len(list((out / sub).iterdir()))}" for sub in ("files", "architecture", "zip")) +
          f"; shrunk real files {total // 1024} KB")


if __name__ == "__main__":
    main()
