"""Evaluation of both models, combined into one result and written as files: metrics.json, report.md,
errors.jsonl and the PNG plots (`inspection-nlp evaluate`). Data flows one way:

- `results`   the file names, the settings and their names, flat views of a result; imports none of the others
- `markdown`  report.md from a result (reads `results`)
- `plots`     the PNGs from a result, with matplotlib (reads `results`)
- `run`       `run_evaluation`: calls the models' own evaluations (`nlp.classify.evaluation`,
              `nlp.classify.encoder_eval`, `nlp.entities.evaluation`) and writes the files (reads all three)
"""
