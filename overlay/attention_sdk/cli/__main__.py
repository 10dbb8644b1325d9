"""python -m attention_sdk.cli: the same as the ``attention`` command."""

from attention_sdk.cli import main

if __name__ == "__main__":
    main()
