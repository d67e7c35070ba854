"""newsbrief as the map step of a Spark job: RDD.pipe over JSON lines.

Each partition of the input (one article a line: {"id", "text", "date"?, ...}) is piped
through one `newsbrief parse --jsonl -` process; its output lines ({"id", ..., "article"}
or {"id", ..., "error"}) are the partition's results, in the same order.

usage: python spark_pipe.py INPUT.jsonl OUTPUT_DIR [--newsbrief PATH] [--partitions N]

See docs/spark.md. `cargo xtask spark` runs this on a few thousand generated articles.
"""

import argparse
import json
import shlex

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSON lines, one article a line")
    ap.add_argument("output", help="folder for the models (must not exist)")
    ap.add_argument("--newsbrief", default="newsbrief", help="path of the newsbrief binary")
    ap.add_argument("--partitions", type=int, default=8)
    args = ap.parse_args()

    spark = (
        SparkSession.builder.master("local[*]")
        .appName("newsbrief")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("WARN")

    articles = sc.textFile(args.input, minPartitions=args.partitions)
    # Spark already runs one task per core: one worker thread per newsbrief process.
    # --errors inline: a bad record comes back as an error line with its id, not as nothing.
    command = f"{shlex.quote(args.newsbrief)} parse --jsonl --errors inline --quiet -j 1 -"
    models = articles.pipe(command)
    models.saveAsTextFile(args.output)

    # A second look at what came back: how many models, how many errors, and by which code.
    results = sc.textFile(args.output).map(json.loads)
    n_models = results.filter(lambda r: "article" in r).count()
    errors = results.filter(lambda r: "error" in r).map(lambda r: (r["error"]["code"], 1))
    by_code = dict(errors.reduceByKey(lambda a, b: a + b).collect())
    print(json.dumps({"input": articles.count(), "models": n_models, "errors": by_code}))
    spark.stop()


if __name__ == "__main__":
    main()
