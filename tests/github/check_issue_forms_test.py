#!/usr/bin/env python3
"""Tests of check_issue_forms.py: each starts from a copy of the shipped
.github/ folder, breaks one thing the way a hurried edit would, and expects
exactly these problems.

Usage: check_issue_forms_test.py --source REPOSITORY
"""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from check_issue_forms import check

CASE_STUDY = "ISSUE_TEMPLATE/propose-case-study.yml"
PROFILE = "ISSUE_TEMPLATE/correct-profile.yml"


def edit(github, file, old, new):
    path = github / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{file} no longer contains {old!r}: update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def the_shipped_files_have_no_problem(source, github):
    return []


def a_repeated_id_an_unknown_type_and_a_missing_label_are_each_reported(source, github):
    edit(github, CASE_STUDY, "id: summary", "id: title")
    edit(github, CASE_STUDY, "type: textarea\n    id: body", "type: text-area\n    id: body")
    edit(github, PROFILE, "      label: Page address\n", "")
    return [
        "correct-profile.yml body[2]: has no label",
        "propose-case-study.yml body[2]: repeats the id 'title'",
        "propose-case-study.yml body[9]: has type 'text-area'; the types are "
        "checkboxes, dropdown, input, markdown, textarea",
        "propose-case-study.yml: asks nothing for 'summary', which a case-study requires",
        "propose-case-study.yml: asks nothing for 'body', which a case-study requires",
    ]


def a_file_that_is_not_yaml_is_reported_with_the_parser_message(source, github):
    edit(github, PROFILE, "name: Correct a country profile", "name: [Correct a country profile")
    return ["correct-profile.yml: is not readable YAML: while parsing a flow sequence…"]


def a_theme_list_that_drifted_from_the_vocabulary_is_reported(source, github):
    edit(github, CASE_STUDY, "        - Cyberbullying\n", "")
    return ["propose-case-study.yml: 'themes' offers ['Awareness raising', …"]


def a_field_that_is_no_key_of_the_kind_is_reported(source, github):
    edit(github, CASE_STUDY, "id: evaluation-method", "id: evaluation-methods")
    edit(github, PROFILE, "- \"region: the ITU region\"", "- \"continent: the continent\"")
    return [
        "correct-profile.yml: 'part' names ['continent'], which are no keys of this kind",
        "propose-case-study.yml: field 'evaluation-methods' is no key of a case-study "
        "(schemas/case-study.schema.json)",
    ]


def a_scope_option_that_is_no_allowed_value_is_reported(source, github):
    edit(github, CASE_STUDY, "\"regional: several", "\"continental: several")
    return [
        "propose-case-study.yml: 'scope' offers ['national', 'continental', 'international'], "
        "but the values are ['national', 'regional', 'international']",
    ]


def a_required_key_asked_as_optional_is_reported(source, github):
    edit(github, CASE_STUDY, "description: How far it reaches.\n", "description: How far.\n")
    edit(github, CASE_STUDY,
         "        - \"international: countries in several regions, or the world\"\n"
         "    validations:\n      required: true",
         "        - \"international: countries in several regions, or the world\"\n"
         "    validations:\n      required: false")
    return ["propose-case-study.yml: field 'scope' must be required: a case-study requires it"]


def a_missing_form_config_and_template_are_each_reported(source, github):
    (github / PROFILE).unlink()
    (github / "ISSUE_TEMPLATE/config.yml").unlink()
    (github / "PULL_REQUEST_TEMPLATE.md").unlink()
    return [
        "correct-profile.yml: is missing",
        "config.yml: is missing",
        "PULL_REQUEST_TEMPLATE.md: is missing",
    ]


def a_template_without_its_checklist_is_reported(source, github):
    (github / "PULL_REQUEST_TEMPLATE.md").write_text("Describe your change.\n", encoding="utf-8")
    return [
        "PULL_REQUEST_TEMPLATE.md: has fewer than 3 checklist items (- [ ] …)",
        "PULL_REQUEST_TEMPLATE.md: does not mention #:schema",
        "PULL_REQUEST_TEMPLATE.md: does not mention copsite check",
        "PULL_REQUEST_TEMPLATE.md: does not mention CONTRIBUTING.md",
        "PULL_REQUEST_TEMPLATE.md: does not mention [evaluation]",
    ]


def a_renamed_workflow_step_the_template_names_is_reported(source, github):
    edit(github, "workflows/pr.yml", "- name: Check the content", "- name: Check the files")
    return ["PULL_REQUEST_TEMPLATE.md: names the step 'Check the content', "
            "which workflows/pr.yml does not have"]


def a_contact_link_that_is_not_https_is_reported(source, github):
    edit(github, "ISSUE_TEMPLATE/config.yml", "url: https://", "url: http://")
    return ["config.yml: contact_links[0] url does not start with https://"]


TESTS = [
    the_shipped_files_have_no_problem,
    a_repeated_id_an_unknown_type_and_a_missing_label_are_each_reported,
    a_file_that_is_not_yaml_is_reported_with_the_parser_message,
    a_theme_list_that_drifted_from_the_vocabulary_is_reported,
    a_field_that_is_no_key_of_the_kind_is_reported,
    a_scope_option_that_is_no_allowed_value_is_reported,
    a_required_key_asked_as_optional_is_reported,
    a_missing_form_config_and_template_are_each_reported,
    a_template_without_its_checklist_is_reported,
    a_renamed_workflow_step_the_template_names_is_reported,
    a_contact_link_that_is_not_https_is_reported,
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True, type=Path)
    source = parser.parse_args().source
    failures = 0
    for test in TESTS:
        with tempfile.TemporaryDirectory() as tmp:
            github = Path(tmp) / ".github"
            shutil.copytree(source / ".github", github)
            expected = test(source, github)
            got = check(source, github)
            name = test.__name__.replace("_", " ")
            if matches(got, expected):
                print(f"ok: {name}")
            else:
                failures += 1
                print(f"FAILED: {name}\n  expected: {expected}\n  got:      {got}")
    print(f"{len(TESTS) - failures} of {len(TESTS)} passed")
    return 1 if failures else 0


def matches(got, expected):
    """Equal, except that an expected line ending in … only has to start the
    line it stands for (parser messages and long lists are not pinned)."""
    return len(got) == len(expected) and all(
        g.startswith(e[:-1]) if e.endswith("…") else g == e for g, e in zip(got, expected))


if __name__ == "__main__":
    sys.exit(main())
