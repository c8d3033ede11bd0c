import sys

from formlogic.cli import main

sys.exit(main())
