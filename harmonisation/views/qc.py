"""The cross-centre QC comparison: the quality attributes (``qc/``), and for one of them how
each centre tests it (``qc/<attribute>/``). An attribute the taxonomy does not know is a 404."""

from django.http import Http404

from harmonisation import qc_comparison as selectors
from harmonisation.views.matrix import adoption_urls
from knowledge.taxonomy import QualityAttribute


def qc_comparison(request, page, attribute):
    context = {"matrix_url": page.url, "qc_url": page.route_url("qc")}
    if attribute is None:
        context["attributes"] = [
            (summary, page.route_url("qc_attribute", attribute=summary.code))
            for summary in selectors.attribute_overview(locale=page.locale)
        ]
    else:
        if attribute not in QualityAttribute.values:
            raise Http404
        context["attribute_label"] = QualityAttribute(attribute).label
        context["rows"] = selectors.compare_attribute(
            attribute=attribute,
            locale=page.locale,
            adoption_url=adoption_urls(request, page),
            request=request,
        )
    return page.render(
        request, template="harmonisation/qc_comparison.html", context_overrides=context
    )
