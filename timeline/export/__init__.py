"""Writers: the tables a build writes (``tables``: CSV, JSON Lines) and TimeML (``timeml``).
The HTML timeline is ``timeline.render``."""
