# ruff: noqa: E501
"""Writes se_context.jsonl: hand-written SE messages about fictional people, for the doxxing evaluation.

Every value is reserved or fictional: example.com/.org/.net and .example domains, NANP 555-01xx and
Ofcom drama numbers, documentation IP ranges, invented street addresses. Each template is one message
written for this set; `{email}`, `{phone}`, `{address}`, `{ip}` are filled round-robin from the pools
so that values vary. Run `python tests/data/private_info/make_se_context.py` to regenerate.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

EMAILS = [
    "dana.whitlock@example.com", "m.ferrante@example.org", "priya.n@example.net", "jonas.okafor@mail.example",
    "lena.hartmann@example.com", "t.brightwater@example.org", "sam.kowalczyk@example.net",
    "rhea.solberg@example.com", "owen.tremaine@home.example", "ines.valcourt@example.org",
]  # fmt: skip
PHONES = [
    "(415) 555-0187", "+1 202 555 0133", "+1-312-555-0171", "212.555.0199", "555-0142", "+44 20 7946 0321",
    "07700 900456", "(646) 555-0110", "+1 (503) 555-0126", "020 7946 0018",
]  # fmt: skip
ADDRESSES = [
    "4821 Larkspur Lane, Springfield", "17 Quarry Road, Millbrook", "88 Hawthorn Crescent, Eastleigh",
    "1290 Juniper Avenue, Apt. 4B", "Friedhofstrasse 33, Lindau", "12 Rue de Virton, Ettelbruck",
    "305 Cedar Hollow Drive", "Vesterskovvej 79, Aarhus", "62 Mill Pond Street, Suite 210",
    "Via delle Coste 41, Colle",
]  # fmt: skip
IPS = ["203.0.113.42", "198.51.100.7", "192.0.2.15", "203.0.113.200", "2001:db8::17", "198.51.100.250"]

DOXXING = {
    "possession": [
        "Since nobody else will say it: his personal email is {email}.",
        "FYI her home address is {address}. Not that I'm suggesting anything.",
        "The maintainer who closed this as wontfix? His cell is {phone}.",
        "her private number: {phone}",
        "@kbrenner's home address is {address}, in case anyone wants to discuss this in person.",
        "I have his personal gmail-style address too: {email}",
        "Their home IP is {ip}, I checked the server logs from when they pushed.",
        "That reviewer's wife's number is {phone} lol",
        "his parents' address is {address}",
        "Mira's personal phone: {phone}. Work phone too if you want it.",
        "her personal inbox is {email} and she actually reads it, unlike GitHub notifications",
        "The bot author's home address: {address}",
        "Here's the real email of the anonymous account that keeps closing our PRs: {email}",
        "his mom's landline is {phone}, she picks up",
        "their office number is {phone} and the desk is right by the door",
        "That guy who rejected my patch, his house is at {address}.",
        "So @vgrant's real name is Victor Grant and his address is {address}.",
        "her ex-husband says her new number is {phone}",
        "Got Tomas's personal email from a mutual friend: {email}",
        "The lead dev's home IP: {ip}",
        "His personal mobile, since he ignores issues: {phone}",
        "her girlfriend's address is {address} if you want to reach her that way",
        "the maintainer's private email is {email} — tell him what you think of this release",
        "his home phone {phone}",
        "this is her apartment: {address}",
    ],
    "location": [
        "He lives at {address}, I drove past it yesterday.",
        "she lives on {address} btw",
        "The guy behind this account moved to {address} last month.",
        "Turns out they live at {address}. Small world.",
        "He's staying at {address} for the conference, room 12.",
        "Our friendly neighbourhood troll resides at {address}.",
        "for the record he lives at {address} with his parents",
        "Interesting: the person who filed all these spam issues lives at {address}.",
        "She moved to {address}, the new place is right next to the station.",
        "the reviewer lives near {address}",
        "he sleeps at {address} most nights, the other place is his office",
        "You know where she lives? {address}.",
        "They live at {address} — the blue house.",
        "He lives on {address}, second floor.",
        "btw dude lives at {address}",
    ],
    "call_to_action": [
        "Everyone who's mad about the license change should call him: {phone}",
        "Let's all email her at {email} until she reverts this.",
        "go tell him what you think, {phone}",
        "Spam this guy: {email}",
        "Someone should pay him a visit at {address}.",
        "call her at {phone} and ask why the API broke",
        "Let's visit {address} and have a word with him.",
        "Flood his inbox: {email}",
        "text him at {phone}, he won't ignore that",
        "Message her directly: {email}. Don't let her hide behind the issue tracker.",
        "Feel free to ring him on {phone} and complain, I did.",
        "let's go to {address} and ask him in person",
        "Blow up his phone: {phone}",
        "email him at {email} and make his life hard",
        "Contact her at {phone}, she deserves to hear from all of us.",
        "if you want to find him, {address}",
        "show up at {address} and see if he still thinks the fork is fine",
        "dm her here {email} or call {phone}",
        "Let's spam {email} till they merge",
        "visit him at {address} and say hi from the community",
    ],
    "leak": [
        "Doxxing time. {email}",
        "Found where he lives: {address}",
        "I tracked him down. {address}, phone {phone}.",
        "leaked: her personal address {address}",
        "Not so anonymous now, are you? {email}",
        "here is his address {address}",
        "Here's her number: {phone}",
        "I looked him up. {phone}. {address}.",
        "you can't hide behind that username forever: {email}",
        "The sockpuppet is exposed: {ip} is his home connection.",
        "found out where she works and lives. home: {address}",
        "Here are their details: {email}, {phone}",
        "lol doxxed: {address}",
        "for anyone who wants to have a chat with him: {phone}",
        "Here is her home IP {ip}, same as the troll account.",
        "i found his real email: {email}",
        "Here's his address for the people asking: {address}",
        "He thought he was anonymous. {email} / {phone}",
        "Her number leaked on the mailing list: {phone}",
        "if anyone needs to reach him outside GitHub: {address}",
    ],
    "multi_value": [
        "Name: R. Solberg\nHome: {address}\nPhone: {phone}\nShe blocked me so here you go.",
        "His info:\nemail {email}\nphone {phone}\naddress {address}",
        "Collected everything on the guy who reverted my PR: {email}, {phone}, lives at {address}.",
        "her socials are private but her email is {email} and her home is {address}",
        "Here you go, his contact sheet: {phone} (cell), {email} (personal).",
        "Everything you need to find her: {address}, {phone}.",
        "he lives at {address}, number {phone}, go ahead",
        "Their home IP {ip} and email {email}. Do what you want with it.",
        "@pbell real name Pat Bell, {address}, {phone}",
        "his home number is {phone} and he lives at {address}",
    ],
    "subtle": [
        "Funny how the 'anonymous' reviewer's IP {ip} resolves to his house.",
        "Maybe someone should remind him at home. {address}",
        "I'm sure his wife would love to hear about his code reviews: {phone}",
        "He's been rude to everyone here. His number's {phone} if you want to tell him.",
        "She won't answer here, maybe she'll answer at {email}.",
        "Since she insists on being anonymous: {address}",
        "He thinks GitHub protects him. {email}",
        "she's at {address} every weekend",
        "He doesn't answer issues but he does answer {phone}.",
        "This is the person responsible. {address}. You know what to do.",
    ],
}

NEGATIVE = {
    "log": [
        "2024-03-11 10:22:01 INFO connected to {ip}:5432 as app_user",
        "[ERROR] smtp: delivery to {email} failed: mailbox unavailable",
        "WARN 2024-05-02T08:15:44Z retrying request from {ip} (attempt 3/5)",
        "12:01:55 DEBUG sending notification to {email}",
        "INFO  sshd[1234]: Accepted publickey for deploy from {ip} port 52113",
        "2023-11-30 23:59:59,120 ERROR notify.py:88 could not reach {email}",
        "[2024-01-09 14:02:11] worker-3 FATAL: upstream {ip} timed out",
        "Mar  4 09:12:44 ci-runner postfix/smtp[811]: to=<{email}>, status=bounced",
        "INFO: geo lookup for {ip} returned nothing",
        "ERROR twilio: SMS to {phone} rejected (test credentials)",
        "DEBUG user.lookup email={email} found=false",
        "2024-06-18 06:00:00 NOTICE cron: report mailed to {email}",
    ],
    "stack_trace": [
        "Traceback (most recent call last):\n  File \"mailer.py\", line 42, in send\n    smtp.sendmail(frm, [\"{email}\"], msg)\nsmtplib.SMTPRecipientsRefused: {{'{email}': (550, b'no such user')}}",
        "java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n\tat com.acme.Client.open(Client.java:88) // host {ip}",
        "Caused by: javax.mail.SendFailedException: Invalid Addresses {email}\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)",
        'File "/srv/app/notify.py", line 17, in <module>\n    send_sms("{phone}")',
        "ValueError: invalid recipient '{email}'",
        "requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='{ip}', port=8080)",
        "  at Object.<anonymous> (/app/mail.js:12:5)\nError: getaddrinfo ENOTFOUND for {email}",
        "KeyError: '{email}'\nThe above exception was the direct cause of the following exception:",
    ],
    "trailer": [
        "Fix off-by-one in the tokenizer.\n\nSigned-off-by: Dana Whitlock <{email}>",
        "Co-authored-by: Priya Nandakumar <{email}>",
        "Looks good.\n\nReviewed-by: Marco Ferrante <{email}>\nTested-by: Lena Hartmann <{email}>",
        "Acked-by: Sam Kowalczyk <{email}>",
        "Reported-by: Owen Tremaine <{email}>\nFixes: #1234",
        "Backport of the parser fix.\n\nCc: Ines Valcourt <{email}>",
        "Suggested-by: Rhea Solberg <{email}>",
        "From: Jonas Okafor <{email}>\nSubject: [PATCH v2 3/7] docs: fix typo",
        "Helped-by: T. Brightwater <{email}>\nSigned-off-by: Dana Whitlock <{email}>",
        "Merged as 1a2b3c4.\n\nCo-authored-by: Lena Hartmann <{email}>",
        "Reply-To: {email}\nTo: dev list",
        "Author: Marco Ferrante <{email}>\nDate:   Tue Mar 5 10:00:00 2024 +0100",
    ],
    "bot": [
        "Bumps lodash from 4.17.20 to 4.17.21.\n\nSigned-off-by: dependabot[bot] <support@example.com>",
        "This PR was opened by 12345678+dependabot[bot]@users.noreply.github.com on behalf of the team.",
        "Co-authored-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
        "renovate-bot <bot@renovate.example> updated the lockfile",
        "Commits pushed by 12345+octocat@users.noreply.github.com were rebased.",
        "Notifications come from noreply@example.com, you can't reply to them.",
        "The CI mails are sent from do-not-reply@example.org; filter on that.",
        "mailer-daemon@example.net keeps bouncing the digest, can someone look?",
        "The email was from no-reply@example.com so I ignored it. He said the same happened to him.",
        "dependabot-preview[bot]@users.noreply.github.com rebased this branch",
    ],
    "own_contact": [
        "If you need logs from my machine, email me at {email}.",
        "You can reach me at {phone} during CET office hours if that's easier.",
        "my email is {email}, happy to pair on this",
        "Feel free to ping me directly at {email} if the issue tracker is too noisy.",
        "Thanks for the review!\n\nCheers,\nDana\n{phone}",
        "I can be reached at {email} until Friday.",
        "Call me on {phone} and we can walk through the migration.",
        "Regards,\nMarco Ferrante\n{email}\n{phone}",
        "--\nPriya Nandakumar\nRelease manager\n{email}",
        "my work address is {address} if you want to send the hardware sample",
        "Contact me at {email} for the sponsorship details.",
        "My number is {phone}; text first please.",
        "Best,\nLena\n{address}",
        "Send the test board to me: my office is {address}.",
        "write to me at {email}, I'm not on Slack",
        "Text me at {phone} when the build is green.",
        "I'm at {email} if anyone wants the raw data.",
        "Thanks,\nOwen Tremaine\n{phone}",
    ],
    "docs_example": [
        "In the README, use {email} as the placeholder address so nobody gets real mail.",
        "The tests fake SMTP: any address like {email} is accepted.",
        "Documentation IPs such as {ip} are safe to use in examples.",
        "Use {phone} in the fixtures; it's a reserved fictional number.",
        "For the example config, the server address {ip} is fine.",
        "E.g. `git config user.email` could be {email}.",
        "The form validation should accept {email} and reject foo@bar.",
        "Sample input: name=Jane Doe, email={email}, phone={phone}",
        "Fixture customer lives at {address} (fictional, from Faker).",
        "The phone widget now formats {phone} correctly.",
        "Example: curl http://{ip}/health returns 200",
        "Replace {email} with your own address before running the script.",
    ],
    "config_file": [
        'smtp_host = "mail.example.com"\nsmtp_user = "{email}"',
        'author_email = "{email}"',
        '"email": "{email}",',
        "listen_address: {ip}",
        "ADMIN_EMAIL={email}",
        "server.bind = {ip}",
        'support_phone = "{phone}"',
        "notify.to: {email}",
        "<maintainer>{email}</maintainer>",
        "upstream_host = {ip}",
    ],
    "package_metadata": [
        "Maintainer: Dana Whitlock <{email}>",
        "Jonas Okafor <{email}>",
        "Uploaders: Marco Ferrante <{email}>, Lena Hartmann <{email}>",
        "Author-email: Priya Nandakumar <{email}>",
        'authors = ["Sam Kowalczyk <{email}>"]',
        '"author": "Rhea Solberg <{email}>",',
    ],
    "role_address": [
        "Please report vulnerabilities to security@example.org, not in public issues.",
        "Questions go to the mailing list users@lists.example.org.",
        "You can write to support@example.com and they'll open a ticket.",
        "The CoC team is reachable at conduct@example.net.",
        "Send the signed CLA to legal@example.org.",
        "Subscribe via dev-request@example.org to get the digest.",
        "He forwarded it to info@example.com already.",
        "Ask the maintainers@example.org alias, they triage weekly.",
    ],
    "quoted_or_code": [
        "> On Tue, Dana Whitlock <{email}> wrote:\n> the patch breaks the build\n\nAgreed, reverting.",
        '```\nnotify:\n  email: {email}\n  phone: "{phone}"\n```\nThis is what my config looks like.',
        "Run `ping {ip}` to check the route.",
        "```\n$ ssh deploy@{ip}\nPermission denied (publickey)\n```",
        "> his number is {phone}\n\nPlease don't quote private info, I've reported the original comment.",
    ],
    "ip_in_prose": [
        "The staging box at {ip} is down again, can someone restart it?",
        "She said the load balancer forwards to {ip} but that's the old node.",
        "Traffic from {ip} is from our own CI, whitelist it.",
        "He pointed the DNS record at {ip} by mistake.",
    ],
}


# Written after the rules were frozen and never used to change them: the held-out check.
HOLDOUT_DOXXING = {
    "possession": [
        "ok so the guy who keeps trolling the forum, his work email is {email}",
        "Her real phone number is {phone}, got it from the conference badge scan.",
        "I know the maintainer's home address: {address}",
        "their personal cell: {phone}",
        "The spammer's ISP address is {ip}, his router I guess.",
    ],
    "location": [
        "He actually lives at {address}, two streets from me.",
        "She's living on {address} now, with her sister.",
        "they moved to {address} after the fork drama",
        "The author of this PR lives at {address}.",
    ],
    "call_to_action": [
        "Everyone go call him at {phone} and tell him to merge the fix",
        "Let's email her all at once: {email}",
        "Someone should visit him at {address} and explain semver.",
        "Spam her inbox, {email}",
        "ring him: {phone}",
    ],
    "leak": [
        "doxxed the troll lol: {address}",
        "Here's his phone for anyone who cares: {phone}",
        "Found his personal email in an old mailing-list dump: {email}",
        "I tracked her down: {address}",
        "Here is their home IP: {ip}",
        "you thought you could hide? {email}",
    ],
}
HOLDOUT_NEGATIVE = {
    "trailer": ["Signed-off-by: Rhea Solberg <{email}>\nCc: stable", "Tested-by: Owen Tremaine <{email}>"],
    "log": [
        "2024-07-01 12:00:00 WARN failed login for {email} from {ip}",
        "[INFO] dialing {phone} (sandbox)",
    ],
    "stack_trace": [
        'Traceback (most recent call last):\n  File "x.py", line 1\nValueError: bad address {email}'
    ],
    "bot": [
        "Merged by 987654+mergify[bot]@users.noreply.github.com",
        "mail from noreply@example.org bounced",
    ],
    "own_contact": [
        "You can email me at {email} with the crash dump.",
        "My phone is {phone} if the call link fails.",
        "Kind regards,\nIsla Marchetti\n{email}",
        "ping me on {email}, I'm the release manager this cycle",
    ],
    "docs_example": [
        "The docs should use {email} rather than a real address.",
        "In the sample data the user lives at {address} (fake).",
        "Example request: GET http://{ip}/api returns 404",
    ],
    "config_file": ['maintainer_email = "{email}"', "bind_address: {ip}"],
    "role_address": [
        "Send security reports to security@example.net please.",
        "The list is dev@lists.example.org.",
    ],
    "package_metadata": ["Maintainer: Isla Marchetti <{email}>"],
}


def _fill(template: str, pools: dict[str, itertools.cycle[str]]) -> tuple[str, list[dict[str, object]]]:
    values: dict[str, str] = {}
    text = template
    for key in ("email", "phone", "address", "ip"):
        if "{" + key + "}" in text:
            values[key] = next(pools[key])
            text = text.replace("{" + key + "}", values[key])
    text = text.replace("{{", "{").replace("}}", "}")
    spans = [
        {"entity": "street_address" if key == "address" else "ip_address" if key == "ip" else key,
         "start": m.start(), "end": m.end()}
        for key, value in values.items()
        for m in re.finditer(re.escape(value), text)
    ]  # fmt: skip
    return text, sorted(spans, key=lambda s: int(str(s["start"])))


def build(
    doxxing: dict[str, list[str]] = DOXXING, negative: dict[str, list[str]] = NEGATIVE
) -> list[dict[str, object]]:
    pools = {
        "email": itertools.cycle(EMAILS), "phone": itertools.cycle(PHONES),
        "address": itertools.cycle(ADDRESSES), "ip": itertools.cycle(IPS),
    }  # fmt: skip
    rows = []
    for label, table in (("doxxing", doxxing), ("negative", negative)):
        for cls, templates in table.items():
            for i, template in enumerate(templates):
                text, spans = _fill(template, pools)
                rows.append(
                    {
                        "id": f"{label}-{cls}-{i:02d}",
                        "text": text,
                        "label": label,
                        "class": cls,
                        "spans": spans,
                    }
                )
    return rows


if __name__ == "__main__":
    for name, rows in (
        ("se_context.jsonl", build()),
        ("se_context_holdout.jsonl", build(HOLDOUT_DOXXING, HOLDOUT_NEGATIVE)),
    ):
        out = Path(__file__).with_name(name)
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {len(rows)} messages to {out}")
