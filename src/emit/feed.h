#pragma once

#include <string>

#include "render/site_context.h"

namespace copsite {

// /feed.xml: RSS 2.0 of new and updated case studies and country profiles,
// newest first, at most site.feed_size items, absolute links, one guid per
// version of an entry (so an update reaches readers as a new item).
std::string feed_xml(const SiteContext& ctx);

}  // namespace copsite
