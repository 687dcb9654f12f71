import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("stakeholders", "0001_consultations"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Profile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "display_name",
                    models.CharField(
                        help_text=(
                            "Shown with everything you write. Your e-mail address is never shown."
                        ),
                        max_length=60,
                        verbose_name="display name",
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("patient", "Patient"),
                            ("patient_representative", "Patient representative"),
                            ("clinician", "Clinician"),
                            ("researcher", "Researcher"),
                            ("pharmacist", "Pharmacist"),
                            ("regulator", "Regulator"),
                            ("payer", "Insurer or payer"),
                            ("industry", "Industry"),
                            ("other", "Other"),
                        ],
                        max_length=32,
                        verbose_name="stakeholder role",
                    ),
                ),
                (
                    "organisation",
                    models.CharField(blank=True, max_length=200, verbose_name="organisation"),
                ),
                (
                    "preferred_language",
                    models.CharField(
                        choices=[("nl", "Nederlands"), ("en", "English")],
                        default="nl",
                        help_text="The language of the e-mails we send you.",
                        max_length=8,
                        verbose_name="preferred language",
                    ),
                ),
                ("consented_at", models.DateTimeField(verbose_name="consented at")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="stakeholder_profile",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "participant profile",
                "verbose_name_plural": "participant profiles",
            },
        ),
    ]
