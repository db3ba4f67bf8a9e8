import sys

from propdesk.cli import main

sys.exit(main())
