import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dare_platform.settings.production")
application = get_wsgi_application()
# What is loaded by now (Django, Wagtail, every app's modules) lives as long as the process:
# moved out of the collector's reach, a full collection no longer walks it during a request.
gc.freeze()
