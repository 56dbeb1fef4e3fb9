#!/usr/bin/python3
"""Keras 3's model.summary() tables for three models, drawn by rich exactly as Keras 3 draws them,
for tests/summary_test.cpp (an independent reference for ctnn's summary_style::keras3).

    /usr/bin/python3 tests/summary_golden/make_keras3_summaries.py   # Debian: python3-rich

Keras itself is not needed: print_summary() of keras/src/utils/summary_utils.py (Keras 3) is
followed step by step, on rows written out by hand from each model's definition (name, class,
output shape, parameters and what it is connected to, as Keras 3 writes them). What decides the
table is kept as Keras has it: the line length min(88, or 108 with "Connected to", columns - 4)
for a terminal of 80 columns (what shutil.get_terminal_size() gives without a terminal: logs,
notebooks), columns at 45% and 80% (or 30%, 56% and 74%) of the line, rich.table.Table(...,
width=line_length, show_lines=True), parameter counts right-justified, and the totals with their
float32 sizes. The output, keras3_summaries.txt, holds one block per model, each opened by a line
"== <name>".
"""
import pathlib

import rich.console
import rich.markup
import rich.table

HERE = pathlib.Path(__file__).resolve().parent
TERMINAL_COLUMNS = 80


def readable_memory_size(size):
    units = ["B", "KB", "MB", "GB", "TB", "PB"]
    for unit in units:
        if size / 1024 < 1:
            return "{:.2f} {}".format(size, unit)
        size /= 1024
    return "{:.2f} {}".format(size, units[-1])


def print_summary(model_name, rows, trainable, non_trainable, sequential_like):
    if sequential_like:
        default_line_length, positions = 88, [0.45, 0.80, 1.0]
        header, alignment = ["Layer (type)", "Output Shape", "Param #"], ["left", "left", "right"]
    else:
        default_line_length, positions = 108, [0.3, 0.56, 0.74, 1.0]
        header, alignment = ["Layer (type)", "Output Shape", "Param #", "Connected to"], ["left", "left", "right", "left"]
    line_length = min(default_line_length, TERMINAL_COLUMNS - 4)
    column_widths, current = [], 0
    for position in positions:
        width = int(position * line_length) - current
        column_widths.append(width)
        current += width
    columns = [rich.table.Column(name, justify=alignment[i], width=column_widths[i]) for i, name in enumerate(header)]
    table = rich.table.Table(*columns, width=line_length, show_lines=True)
    for name, cls, shape, params, connected in rows:
        fields = [rich.markup.escape(name) + f" ({rich.markup.escape(cls)})", shape, f"{params:,}"]
        if not sequential_like:
            fields.append(", ".join(f"{layer}[0][0]" for layer in connected) or "-")
        table.add_row(*fields)
    console = rich.console.Console(highlight=False, force_terminal=False, color_system=None, width=TERMINAL_COLUMNS)
    console.begin_capture()
    console.print(f'[bold]Model: "{rich.markup.escape(model_name)}"[/]')
    console.print(table)
    total = trainable + non_trainable
    console.print(f"[bold] Total params: [/]{total:,} ({readable_memory_size(total * 4)})")
    console.print(f"[bold] Trainable params: [/]{trainable:,} ({readable_memory_size(trainable * 4)})")
    console.print(f"[bold] Non-trainable params: [/]{non_trainable:,} ({readable_memory_size(non_trainable * 4)})")
    return console.end_capture()


MODELS = [
    # README's generator: sequential<input<100>, dense<3200>, reshape<5, 5, 128>, upsampling2d<>,
    # conv2d<1 filter, 3x3, same>>; a Keras 3 Sequential lists no InputLayer.
    ("upsampling_generator", "sequential", True, 324_353, 0, [
        ("dense", "Dense", "(None, 3200)", 323_200, []),
        ("reshape", "Reshape", "(None, 5, 5, 128)", 0, []),
        ("up_sampling2d", "UpSampling2D", "(None, 10, 10, 128)", 0, []),
        ("conv2d", "Conv2D", "(None, 10, 10, 1)", 1_153, []),
    ]),
    # The Keras 3.8 Fashion-MNIST generator (fmnist_dcgan_keras38_native/generator.keras): a
    # Functional chain, so Keras 3 prints the short table, its InputLayer included; long names wrap.
    ("fmnist_keras38_generator", "generator", True, 834_049, 384, [
        ("input_layer", "InputLayer", "(None, 100)", 0, []),
        ("dense", "Dense", "(None, 6272)", 627_200, []),
        ("reshape", "Reshape", "(None, 7, 7, 128)", 0, []),
        ("batch_normalization", "BatchNormalization", "(None, 7, 7, 128)", 512, []),
        ("leaky_re_lu", "LeakyReLU", "(None, 7, 7, 128)", 0, []),
        ("conv2d_transpose", "Conv2DTranspose", "(None, 14, 14, 64)", 204_864, []),
        ("batch_normalization_1", "BatchNormalization", "(None, 14, 14, 64)", 256, []),
        ("leaky_re_lu_1", "LeakyReLU", "(None, 14, 14, 64)", 0, []),
        ("conv2d_transpose_1", "Conv2DTranspose", "(None, 28, 28, 1)", 1_601, []),
        ("activation", "Activation", "(None, 28, 28, 1)", 0, []),
    ]),
    # tests/keras_files' conditional generator (keras_file_models::cgan): two inputs, so the table
    # with "Connected to", whose long cells are cut with an ellipsis.
    ("cgan", "cgan", False, 32, 6, [
        ("noise", "InputLayer", "(None, 3)", 0, []),
        ("label", "InputLayer", "(None, 2)", 0, []),
        ("concatenate", "Concatenate", "(None, 5)", 0, ["noise", "label"]),
        ("generator_dense", "Dense", "(None, 3)", 18, ["concatenate"]),
        ("generator_batch_normalization", "BatchNormalization", "(None, 3)", 12, ["generator_dense"]),
        ("generator_dense_1", "Dense", "(None, 2)", 8, ["generator_batch_normalization"]),
    ]),
]


def main():
    text = ""
    for key, model_name, sequential_like, trainable, non_trainable, rows in MODELS:
        text += f"== {key}\n" + print_summary(model_name, rows, trainable, non_trainable, sequential_like)
    (HERE / "keras3_summaries.txt").write_text(text)
    print(text, end="")


if __name__ == "__main__":
    main()
