#!/usr/bin/env python3
"""Checks .github/ISSUE_TEMPLATE/ and .github/PULL_REQUEST_TEMPLATE.md.

GitHub rejects a malformed issue form silently (the form just disappears from
the issue chooser), so this checks the rules GitHub documents for issue forms,
and that each form asks for real content fields: its field ids are keys of the
kind's JSON Schema (schemas/), its lists are the names in
content/vocabulary.toml and content/guidelines/, and every required key a
contributor can know has a required field.

Usage: check_issue_forms.py --source REPOSITORY [--github DIR]
Prints one line per problem and exits 1 when there is any.
"""

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

import yaml

# Each form and the content kind it collects; the ids that are no content key
# (they help the maintainer write the file), and the required keys the
# maintainer fills in rather than the contributor.
FORMS = {
    "propose-case-study.yml": {
        "kind": "case-study",
        "form_only": {"consent"},
        "maintainer_fills": {"published"},
    },
    "correct-profile.yml": {
        "kind": "country",
        "form_only": {"page", "part", "correction", "source", "role"},
        "maintainer_fills": {"name", "region", "updated", "summary"},
    },
}

TOP_LEVEL_KEYS = {"name", "description", "title", "labels", "assignees", "projects", "body", "type"}
ELEMENT_TYPES = {"markdown", "input", "textarea", "dropdown", "checkboxes"}
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")


class Problems:
    def __init__(self):
        self.lines = []

    def add(self, where, message):
        self.lines.append(f"{where}: {message}")


def load_yaml(path, problems):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        problems.add(path.name, f"is not readable YAML: {e}".replace("\n", " "))
        return None


def nonempty_text(value):
    return isinstance(value, str) and value.strip() != ""


def check_element(form, index, element, seen, problems):
    where = f"{form} body[{index}]"
    if not isinstance(element, dict):
        problems.add(where, "is not a mapping")
        return None
    kind = element.get("type")
    if kind not in ELEMENT_TYPES:
        problems.add(where, f"has type {kind!r}; the types are {', '.join(sorted(ELEMENT_TYPES))}")
        return None
    attributes = element.get("attributes")
    if not isinstance(attributes, dict):
        problems.add(where, "has no attributes")
        return None
    if kind == "markdown":
        if not nonempty_text(attributes.get("value")):
            problems.add(where, "is markdown without a value")
        for key in ("id", "validations"):
            if key in element:
                problems.add(where, f"is markdown and cannot have {key!r}")
        return None

    field_id = element.get("id")
    if not isinstance(field_id, str) or not ID_PATTERN.match(field_id):
        problems.add(where, f"has id {field_id!r}; an id is letters, digits, - and _")
    elif field_id in seen["ids"]:
        problems.add(where, f"repeats the id {field_id!r}")
    label = attributes.get("label")
    if not nonempty_text(label):
        problems.add(where, "has no label")
    elif label in seen["labels"]:
        problems.add(where, f"repeats the label {label!r}")
    seen["ids"].add(field_id)
    seen["labels"].add(label)

    validations = element.get("validations", {})
    if kind == "checkboxes" and "validations" in element:
        problems.add(where, "is checkboxes: put required on each option, not in validations")
    elif not isinstance(validations, dict) or set(validations) - {"required"} or \
            not isinstance(validations.get("required", False), bool):
        problems.add(where, "has validations other than required: true/false")

    options = attributes.get("options")
    if kind == "dropdown":
        if not isinstance(options, list) or not options or \
                not all(nonempty_text(o) for o in options):
            problems.add(where, "is a dropdown without a list of options")
        elif len(set(options)) != len(options):
            problems.add(where, "repeats an option")
        elif "None" in options:
            problems.add(where, "has the option 'None', which GitHub reserves")
    if kind == "checkboxes":
        if not isinstance(options, list) or not options or not all(
                isinstance(o, dict) and nonempty_text(o.get("label"))
                and isinstance(o.get("required", False), bool) for o in options):
            problems.add(where, "is checkboxes without options that each have a label")
    return element


def check_form(path, problems):
    """The form's fields, or None when it cannot be read at all."""
    form = load_yaml(path, problems)
    if form is None:
        return None
    if not isinstance(form, dict):
        problems.add(path.name, "is not a mapping")
        return None
    for key in sorted(set(form) - TOP_LEVEL_KEYS):
        problems.add(path.name, f"has the unknown key {key!r}")
    for key in ("name", "description"):
        if not nonempty_text(form.get(key)):
            problems.add(path.name, f"has no {key}")
    body = form.get("body")
    if not isinstance(body, list) or not body:
        problems.add(path.name, "has no body")
        return []
    seen = {"ids": set(), "labels": set()}
    fields = [check_element(path.name, i, e, seen, problems) for i, e in enumerate(body)]
    fields = [f for f in fields if f is not None]
    if not fields:
        problems.add(path.name, "has no field to fill in, only markdown")
    return fields


def schema_key(schema, field_id):
    """The schema of the key a field id names (evaluation-method is
    evaluation.method), or None."""
    node = schema
    for part in field_id.split("-"):
        node = node.get("properties", {}).get(part) if isinstance(node, dict) else None
        if node is None:
            return None
    return node


def names_in_order(table):
    return [entry["name"] for entry in table.values()]


def expected_options(source, schema, field_id):
    """The options a dropdown must offer, in order, or None if it is free."""
    vocabulary = tomllib.loads((source / "content/vocabulary.toml").read_text(encoding="utf-8"))
    if field_id in ("themes", "audiences", "regions"):
        return names_in_order(vocabulary[field_id])
    if field_id == "guidelines":
        files = sorted((source / "content/guidelines").glob("*.toml"))
        return [tomllib.loads(f.read_text(encoding="utf-8"))["title"] for f in files]
    return None


def check_options(form, field, source, schema, problems):
    field_id, options = field["id"], field["attributes"]["options"]
    expected = expected_options(source, schema, field_id)
    if expected is not None:
        if options != expected:
            problems.add(form, f"{field_id!r} offers {options}, but the content has {expected}")
        return
    # Otherwise each option is written "key: explanation": an allowed value
    # of the key the field names, or a key of the kind.
    key = schema_key(schema, field_id)
    prefixes = [o.split(":", 1)[0] for o in options]
    if key is not None and "enum" in key:
        allowed = key["enum"]
        unknown = [p for p in prefixes if p not in allowed]
        if unknown or sorted(prefixes) != sorted(allowed):
            problems.add(form, f"{field_id!r} offers {prefixes}, but the values are {allowed}")
    elif key is None:
        unknown = [p for p in prefixes if p not in schema["properties"]]
        if unknown:
            problems.add(form, f"{field_id!r} names {unknown}, which are no keys of this kind")


def check_fields_are_content(name, fields, source, problems):
    spec = FORMS[name]
    schema = json.loads((source / "schemas" / f"{spec['kind']}.schema.json").read_text())
    ids = {f["id"] for f in fields if isinstance(f.get("id"), str)}
    for field in fields:
        field_id = field.get("id")
        if not isinstance(field_id, str):
            continue
        if field_id not in spec["form_only"] and schema_key(schema, field_id) is None:
            problems.add(name, f"field {field_id!r} is no key of a {spec['kind']} "
                               f"(schemas/{spec['kind']}.schema.json)")
        if field["type"] == "dropdown" and isinstance(field["attributes"].get("options"), list):
            check_options(name, field, source, schema, problems)
    by_id = {f.get("id"): f for f in fields}
    for key in schema["required"]:
        if key in spec["maintainer_fills"]:
            continue
        if key not in ids:
            problems.add(name, f"asks nothing for {key!r}, which a {spec['kind']} requires")
        elif by_id[key]["type"] != "checkboxes" and \
                not by_id[key].get("validations", {}).get("required", False):
            problems.add(name, f"field {key!r} must be required: a {spec['kind']} requires it")


def check_config(path, problems):
    config = load_yaml(path, problems)
    if not isinstance(config, dict):
        problems.add(path.name, "is not a mapping")
        return
    if not isinstance(config.get("blank_issues_enabled"), bool):
        problems.add(path.name, "blank_issues_enabled is not true or false")
    for i, link in enumerate(config.get("contact_links", [])):
        if not isinstance(link, dict) or not all(nonempty_text(link.get(k))
                                                 for k in ("name", "url", "about")):
            problems.add(path.name, f"contact_links[{i}] needs a name, a url and an about")
        elif not link["url"].startswith("https://"):
            problems.add(path.name, f"contact_links[{i}] url does not start with https://")


def check_pull_request_template(path, problems):
    if not path.is_file():
        problems.add(path.name, "is missing")
        return
    text = path.read_text(encoding="utf-8")
    if len(re.findall(r"^- \[ \] ", text, re.MULTILINE)) < 3:
        problems.add(path.name, "has fewer than 3 checklist items (- [ ] …)")
    for words in ("#:schema", "copsite check", "CONTRIBUTING.md", "[evaluation]"):
        if words not in text:
            problems.add(path.name, f"does not mention {words}")
    # The steps of the pull-request workflow it sends the contributor to.
    workflow = path.parent / "workflows" / "pr.yml"
    steps = workflow.read_text(encoding="utf-8") if workflow.is_file() else ""
    for step in re.findall(r'the step "([^"]+)"', text):
        if f"- name: {step}" not in steps:
            problems.add(path.name, f"names the step {step!r}, which workflows/pr.yml does not have")


def check(source, github):
    problems = Problems()
    forms_dir = github / "ISSUE_TEMPLATE"
    for name in FORMS:
        if not (forms_dir / name).is_file():
            problems.add(name, "is missing")
    for path in sorted(forms_dir.glob("*.y*ml")):
        if path.name == "config.yml":
            check_config(path, problems)
            continue
        fields = check_form(path, problems)
        if fields is not None and path.name in FORMS:
            check_fields_are_content(path.name, fields, source, problems)
    if not (forms_dir / "config.yml").is_file():
        problems.add("config.yml", "is missing")
    check_pull_request_template(github / "PULL_REQUEST_TEMPLATE.md", problems)
    return problems.lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("--github", type=Path)
    args = parser.parse_args()
    problems = check(args.source, args.github or args.source / ".github")
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problems in .github/", file=sys.stderr)
        return 1
    print(f"{len(FORMS)} issue forms, config.yml and the pull-request template are well-formed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
