"""`python -m evals --questions evals/questions/dev.yaml`: same as `itt eval`."""

from evals.cli import main

main()
