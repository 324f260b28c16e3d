#include "support/fixture.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace copsite::test {

namespace fs = std::filesystem;

Files small_site() {
    return {
        {"site.toml", R"(title = "COP repository"
description = "Country efforts and good practices."
base_url = "https://cop.example.org/"
language = "en"
feed_size = 10
)"},
        {"content/vocabulary.toml", R"([regions.europe]
name = "Europe"
[regions.africa]
name = "Africa"
[themes.awareness]
name = "Awareness raising"
summary = "Campaigns that help people understand the risks."
[themes.hotlines]
name = "Reporting hotlines"
[effort_categories.research]
name = "Research and data"
[effort_categories.legislation]
name = "Legislation"
[audiences.children]
name = "Children"
[audiences.parents-educators]
name = "Parents and educators"
[partner_kinds.ngo]
name = "Non-governmental organisation"
[partner_kinds.un-agency]
name = "UN agency"
)"},
        {"content/countries/pol.toml", R"(code = "POL"
name = "Poland"
region = "europe"
updated = 2020-02-04
summary = "Poland presented a survey of children's internet use."

[[efforts]]
title = "National survey of children online"
category = "research"
status = "completed"
year = 2019
description = "A survey by **UKE** of how children use the internet."
themes = ["awareness"]
guidelines = ["parents-educators"]
meetings = ["cwg-cop-16"]

[[statistics]]
label = "Children who use the internet"
value = "90%"
year = 2019
source = { meeting = "cwg-cop-16" }
)"},
        {"content/countries/zmb.toml", R"(code = "ZMB"
name = "Zambia"
region = "africa"
updated = 2014-02-21
validated = 2014-06-01
summary = "Zambia showcased its national child online safety efforts."
)"},
        {"content/case-studies/safer-internet-day.toml", R"(title = "Safer Internet Day"
summary = "A yearly day of action for a better internet for children."
published = 2014-02-21
submitted_by = { partner = "insafe" }
scope = "international"
countries = ["POL"]
themes = ["awareness"]
audiences = ["children", "parents-educators"]
guidelines = ["children", "parents-educators"]
meetings = ["cwg-cop-8"]
body = """
Safer Internet Day is celebrated **worldwide**.

## What happens

- schools hold events
- [Insafe](https://www.betterinternetforkids.eu/) coordinates
"""

[evaluation]
method = "Counting the activities held each year."
findings = "The number of activities grew every year."
)"},
        {"content/case-studies/hotline-network.toml", R"(title = "A network of hotlines"
summary = "Hotlines that let the public report child sexual abuse material."
published = 2014-02-21
updated = 2020-02-04
submitted_by = { partner = "inhope" }
scope = "international"
partners = ["insafe"]
themes = ["hotlines"]
guidelines = ["policy-makers"]
meetings = ["cwg-cop-8"]
body = "INHOPE members remove abuse material quickly."
)"},
        {"content/meetings/cwg-cop-8.toml", R"(number = 8
date = 2014-02-21
venue = "ITU Headquarters, Geneva"
summary = "Countries showcased their efforts."
outcomes = ["Countries were encouraged to set up **hotlines**.", "Training on digital citizenship."]

[[documents]]
symbol = "C14/41"
title = "Outcome report of the 7th and 8th meetings"

[[contributions]]
by = { country = "ZMB" }
title = "Zambia's child online safety efforts"

[[contributions]]
by = { partner = "inhope" }
title = "The INHOPE network"
)"},
        {"content/meetings/cwg-cop-16.toml", R"(number = 16
date = 2020-02-04
venue = "ITU Headquarters, Geneva"
format = "hybrid"
chair = "Abdelaziz Alzarooni"
participants = 70
summary = "The COP Guidelines roll-out and national surveys."

[[contributions]]
by = { country = "POL" }
title = "Survey results"
)"},
        {"content/guidelines/children.toml", R"(title = "Guidelines for children"
summary = "Advice for children on staying safe online."
audience = "children"
)"},
        {"content/guidelines/parents-educators.toml",
         R"(title = "Guidelines for parents and educators"
summary = "Advice for the adults around children."
audience = "parents-educators"
)"},
        {"content/guidelines/policy-makers.toml", R"(title = "Guidelines for policy-makers"
summary = "Advice for governments."
)"},
        {"content/partners/insafe.toml", R"(name = "Insafe"
kind = "ngo"
summary = "The European network of awareness centres."
)"},
        {"content/partners/inhope.toml", R"(name = "INHOPE"
kind = "ngo"
summary = "The international association of internet hotlines."
url = "https://www.inhope.org/"
)"},
    };
}

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("copsite-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void TempDir::write(const Files& files) const {
    for (const auto& [rel, text] : files) {
        const auto p = path_ / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Files read_tree(const fs::path& dir) {
    Files out;
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            out[fs::relative(e.path(), dir).generic_string()] = read_text(e.path());
    return out;
}

ProcessResult run_copsite(const std::string& args) {
    TempDir capture;
    const auto out = capture.path() / "out", err = capture.path() / "err";
    const std::string command = std::string("'") + COPSITE_BINARY + "' " + args + " >'" +
                                out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    if (status == -1 || !WIFEXITED(status)) throw std::runtime_error("cannot run " + command);
    return {WEXITSTATUS(status), read_text(out), read_text(err)};
}

}  // namespace copsite::test
