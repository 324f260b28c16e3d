#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "emit/feed.h"
#include "emit/sitemap.h"
#include "render/pages.h"
#include "support/site_helpers.h"

using namespace copsite;
using namespace copsite::test;

TEST_CASE("the feed lists new and updated entries, newest first, with absolute links") {
    auto built = context_for(small_site());
    pugi::xml_document doc;
    REQUIRE(doc.load_string(feed_xml(*built.ctx).c_str()));
    auto channel = doc.child("rss").child("channel");
    CHECK(std::string(channel.child_value("title")) == "COP repository");
    CHECK(std::string(channel.child("atom:link").attribute("href").value()) ==
          "https://cop.example.org/feed.xml");
    std::vector<std::string> titles, dates, guids;
    for (auto item : channel.children("item")) {
        titles.push_back(item.child_value("title"));
        dates.push_back(item.child_value("pubDate"));
        guids.push_back(item.child("guid").text().get());
    }
    CHECK(titles == std::vector<std::string>{
                        "Updated: A network of hotlines", "Poland: country profile updated",
                        "Safer Internet Day", "Zambia: country profile updated"});
    CHECK(dates.front() == "Tue, 04 Feb 2020 00:00:00 +0000");
    CHECK(guids.front() == "https://cop.example.org/case-studies/hotline-network/#2020-02-04");
    CHECK(std::string(channel.child_value("lastBuildDate")) == "Tue, 04 Feb 2020 00:00:00 +0000");
}

TEST_CASE("the feed holds at most feed_size items") {
    auto site = small_site();
    site["site.toml"] += "";
    auto& text = site["site.toml"];
    text.replace(text.find("feed_size = 10"), 14, "feed_size = 2");
    auto built = context_for(site);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(feed_xml(*built.ctx).c_str()));
    const auto items = doc.child("rss").child("channel").children("item");
    CHECK(std::distance(items.begin(), items.end()) == 2);
}

TEST_CASE("the sitemap lists every page but the 404 page") {
    auto built = context_for(small_site());
    const auto jobs = plan_pages(*built.ctx);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(sitemap_xml(*built.ctx, jobs).c_str()));
    const auto urls = doc.child("urlset").children("url");
    CHECK(std::distance(urls.begin(), urls.end()) == static_cast<long>(jobs.size() - 1));
    CHECK(robots_txt(*built.ctx) ==
          "User-agent: *\nAllow: /\n\nSitemap: https://cop.example.org/sitemap.xml\n");
}
