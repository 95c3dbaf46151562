"""A made-up inventory of page furniture (furniture32): what a scraper leaves of news-site and CMS
templates (WordPress and its news themes, Drupal, Blogger, Ghost, Medium, Substack, Joomla, Bitrix,
forums, translated proxies, AMP pages), written from what those templates print, not from the
pages read; and native lookalikes that must stay.

Each shape is placed in a made-up article: ``top`` (under the headline), ``mid`` (between two
paragraphs), ``end`` (after the last), ``glued`` (after the last sentence on its line).

    python -m bench.furniture_inventory          # counts, and the shapes missed or broken
"""

from __future__ import annotations

from typing import NamedTuple

HEAD = "Minister promises new dams after the floods"
PARAS = ("The minister visited three flooded towns on Monday and promised help to the farmers who lost their crops.",
         "She said the army would build new dams before the winter, and that the budget for them was ready.",
         "Farmers in the valley said they had heard such promises before and would wait to see the work begin.")


class Shape(NamedTuple):
    name: str
    where: str  # top | mid | end | glued
    line: str
    go: bool = True


GO = [
    # sharing widgets (WordPress Jetpack, AddToAny, tagDiv, Jannah)
    Shape("jetpack_share", "end", "Share this:"),
    Shape("jetpack_like", "end", "Like this:\n\nLike Loading..."),
    Shape("jetpack_click_share", "end", "Click to share on Twitter (Opens in new window)\n\nClick to share on Facebook (Opens in new window)"),
    Shape("share_on_facebook", "end", "Share on Facebook"),
    Shape("share_buttons_row", "top", "Facebook Twitter WhatsApp Telegram"),
    Shape("print_email", "top", "Print\n\nEmail"),
    Shape("font_size", "top", "Font size: A A A"),
    Shape("listen_article", "top", "Listen to this article"),
    Shape("reading_time", "top", "3 min read"),
    Shape("views_count", "top", "1,234 views"),
    Shape("zero_comments", "top", "0 Comments"),
    # related, tags, posted-in (WordPress)
    Shape("related_bare", "end", "Related"),
    Shape("tags_list", "end", "Tags: floods, dams, farmers"),
    Shape("posted_in", "end", "Posted in World | Leave a comment"),
    Shape("comment_required", "end", "Leave a Reply\n\nYour email address will not be published. Required fields are marked *"),
    Shape("prev_next", "end", "Previous article\n\nPolice arrest two men over the bank robbery\n\nNext article\n\nThe football season opens with a derby"),
    Shape("you_may_also_like", "end", "You may also like"),
    Shape("read_also_glued", "mid", "Read also: Police arrest two men over the bank robbery"),
    Shape("see_also", "end", "See also"),
    Shape("related_news_mt", "end", "Related News"),
    Shape("most_read_mt", "end", "Most read"),
    Shape("latest_articles", "end", "Latest Articles"),
    Shape("hot_news_mt", "end", "Hot news"),
    Shape("last_news_mt", "end", "Last news"),
    Shape("keywords_mt", "end", "Keywords: floods, dams"),
    # advertising
    Shape("advertisement", "mid", "Advertisement"),
    Shape("sponsored", "mid", "Sponsored"),
    Shape("scroll_to_continue", "mid", "Scroll to continue with content"),
    Shape("ad_continue_reading", "mid", "ADVERTISEMENT - CONTINUE READING BELOW"),
    # copyright, source, credits
    Shape("copyright", "end", "© 2023 Valley News. All rights reserved."),
    Shape("source_site", "end", "Source: Valley News"),
    Shape("source_of_news_mt", "end", "Source of news: Valley News Agency"),
    Shape("photo_credit", "top", "Photo: Valley News"),
    Shape("photo_illustration", "top", "Photo illustration."),
    Shape("editor_line", "end", "Editor: John Smith"),
    Shape("reporter_line", "end", "Reporter: Anna Lee"),
    Shape("translated_by", "end", "(Translated by Anna Lee)"),
    Shape("auto_translated", "end", "This article was automatically translated from the original language."),
    Shape("updated_date", "top", "Updated: 12 March 2023, 14:05"),
    Shape("last_updated", "top", "Last updated: 12/03/2023 14:05"),
    Shape("author_published", "top", "Author: Anna Lee | Published: 12 March 2023"),
    # follow, join, download, newsletter, cookie
    Shape("google_news", "end", "Follow us on Google News"),
    Shape("telegram", "end", "Join our Telegram channel for the latest news"),
    Shape("download_app", "end", "Download our app"),
    Shape("newsletter", "end", "Subscribe to our newsletter\n\nEnter your email address"),
    Shape("cookie_notice", "end", "We use cookies to ensure that we give you the best experience on our website. Accept"),
    # BBC-style leftovers, agency credits
    Shape("image_caption_label", "mid", "Image caption,\n\nFarmers wait for help in the flooded valley"),
    Shape("image_source", "mid", "Image source, Getty Images"),
    Shape("getty_alone", "mid", "Getty Images"),
    Shape("afp_file", "mid", "AFP/File"),
    Shape("breaking_kicker", "top", "Breaking News"),
    Shape("breadcrumb_raquo", "top", "Home » World » Asia"),
    Shape("breadcrumb_gt", "top", "Home > News > World"),
    Shape("breadcrumb_slash", "top", "Home / World / Asia"),
    Shape("pagination", "end", "1 2 3 Next »"),
    Shape("loading", "end", "Loading..."),
    Shape("report_error", "end", "Report an error"),
    Shape("tell_us", "end", "Tell us what you think"),
    # a WordPress news theme's header (real pages: digitaljournal.com, calibermag.net, saharaweeklyng.com)
    Shape("connect_with_us", "top", "Connect with us"),
    Shape("search_prompt", "top", "Hi, what are you looking for?"),
    Shape("published_on", "top", "Published\n\non"),
    # a Chinese site's meta bar, an agency template's player (real pages: Xinhua copies, ecns.cn)
    Shape("meta_bar", "top", "Source: Valley News| 2023-03-12 14:05:08|Editor: Li Ming"),
    Shape("video_player", "top", "Video PlayerClose"),
    # a lone arrow or close mark (real pages: lyrics-ella.com, a visir.is copy)
    Shape("lone_arrow", "mid", ">"),
    Shape("lone_close", "end", "\u00d7"),
    # glued to the last sentence
    Shape("glued_share", "glued", "Share this:"),
    Shape("glued_read_more", "glued", "Read more"),
    Shape("glued_advertisement", "glued", "Advertisement"),
    Shape("glued_follow_google", "glued", "Follow us on Google News"),
]

STAY = [
    Shape("share_sentence", "mid", "Share this with your family, the minister said.", go=False),
    Shape("related_sentence", "mid", "Related matters will be discussed at the next meeting of the council.", go=False),
    Shape("quotation", "mid", "\u201cRead more, and share what you learn,\u201d the teacher told her pupils.", go=False),
    Shape("source_in_sentence", "mid", "Source: the finance ministry's figures show that spending rose by a fifth last year, the report said.", go=False),
    Shape("credit_in_sentence", "mid", "The photograph, taken by a Reuters photographer, shows the broken dam.", go=False),
    # the shared styles print no byline line (BBC bodies open on prose, CNN's on '(CNN)'): a byline
    # line at the top goes by design (boilerplate.byline); what they do print must stay
    Shape("cnn_dateline", "lede", "(CNN)", go=False),
    Shape("cnn_place_dateline", "lede", "London (CNN)", go=False),
    Shape("dm_byline", "top", "By Anna Lee for MailOnline", go=False),
    Shape("section_break", "mid", "* * *", go=False),
    Shape("source_date_sentence", "mid", "Source: figures released on 2023-05-01 show that exports rose by a tenth.", go=False),
    Shape("getty_in_sentence", "mid", "Getty Images said it would appeal against the ruling, a spokesman said.", go=False),
    Shape("keywords_sentence", "mid", "Keywords: the words a search engine ranks are sold to the highest bidder, he said.", go=False),
    Shape("print_sentence", "mid", "Print newspapers in the valley have closed one after another.", go=False),
    Shape("loading_sentence", "mid", "Loading the trucks took the soldiers most of the night.", go=False),
    Shape("advert_sentence", "mid", "An advertisement in the local paper asked for volunteers.", go=False),
    Shape("updated_sentence", "mid", "Updated figures will be published on Friday, the office said.", go=False),
    Shape("tags_sentence", "mid", "Tags on the cattle showed they came from a farm upstream.", go=False),
    Shape("next_sentence", "mid", "Next week the minister will visit the towns in the north.", go=False),
    Shape("follow_sentence", "mid", "Follow the river north and you reach the first of the towns.", go=False),
]

# furn33: furniture by the source language's region (how news sites there sign, credit and close a
# story, carried into English by MT); made up from what those sites print, not from the pages read.
# 'front' is glued before the first paragraph's first word, 'inpara' between its two sentences.
REGION_GO = [
    # Indonesian / Malay (Antara, Kompas, Detik, Tempo, Bernama)
    Shape("id_initials_glued", "glued", "(mdk/ded)"),
    Shape("id_initials_short", "glued", "(ant)"),
    Shape("id_initials_line", "end", "(rd/rd)"),
    Shape("id_initials_four", "end", "(ad/ek/pr/nm)"),
    Shape("id_editor_reporter", "end", "Reporter: Budi Santoso\nEditor: Agus Salim"),
    Shape("id_editor_name", "end", "Editor: Fransiskus Sardi"),
    Shape("id_copyright_antara", "end", "Copyright \u00a9 ANTARA 2024"),
    Shape("id_read_also_line", "mid", "Read also: Police arrest two men over the bank robbery"),
    Shape("id_also_read_line", "mid", "Also read: Police arrest two men over the bank robbery"),
    Shape("id_read_also_inpara", "inpara", "Read also: Police Arrest Two Men Over the Bank Robbery"),
    Shape("id_scroll_glued", "glued", "Scroll to continue with content"),
    Shape("ms_bernama_end", "end", "-- BERNAMA"),
    # Korean (Yonhap, Newsis, News1, YTN)
    Shape("ko_reporter_email", "end", "Reporter Kim Min-jun (mjkim@yna.co.kr)"),
    Shape("ko_reporter_email_tail", "end", "Kim Min-jun, reporter mjkim@newsis.com"),
    Shape("ko_copyright_reproduction", "end", "Copyright \u24d2 Yonhap News. Unauthorized reproduction and redistribution prohibited"),
    Shape("ko_copyright_brackets", "end", "<Copyright \u24d2 News1. Unauthorized reproduction and redistribution prohibited>"),
    Shape("ko_photo_eq_line", "mid", "[Photo = Yonhap News]"),
    Shape("ko_photo_eq_front", "front", "[Photo = Yonhap News] "),
    Shape("ko_c_circle", "end", "\u24d2 Yonhap News"),
    Shape("ko_triangle_lone", "mid", "\u25b2"),
    Shape("ko_triangle_caption", "mid", "\u25b2 Farmers wait for help in the flooded valley. (Photo = Yonhap News)"),
    # Japanese (NHK, Kyodo, Jiji)
    Shape("ja_photo_bracket", "mid", "[Photo]"),
    Shape("ja_reporter_paren", "end", "(Reporter Tanaka Hiroshi)"),
    Shape("ja_nhk_tag", "end", "NHK"),
    # Chinese (Xinhua, People's Daily, Global Times, China News)
    Shape("zh_editor_paren", "end", "(Editor: Li Ming)"),
    Shape("zh_editor_paren_glued", "glued", "(Editor: Li Ming)"),
    Shape("zh_responsible_editor", "end", "Responsible editor: Wang Fang"),
    Shape("zh_responsible_paren", "end", "(Responsible editor: Wang Fang)"),
    Shape("zh_bracket_editor", "end", "\u3010Editor: Li Ming\u3011"),
    Shape("zh_bracket_front", "front", "\u3010Global Times Comprehensive Report\u3011"),
    Shape("zh_end_mark", "glued", "(End)"),
    Shape("zh_original_title", "end", "Original title: Minister promises new dams after the floods"),
    Shape("zh_source_people", "end", "Source: People's Daily Online"),
    # Vietnamese (VnExpress, Tuoi Tre, VNA)
    Shape("vi_according_to", "end", "(according to VnExpress)"),
    Shape("vi_according_glued", "glued", "(According to VnExpress)"),
    Shape("vi_pv", "end", "PV"),
    Shape("vi_photo_credit", "mid", "Photo: Nguyen Van Hai"),
    Shape("vi_ttxvn_glued", "glued", "(TTXVN)"),
    # Turkish (Anadolu, DHA, IHA)
    Shape("tr_aa_glued", "glued", "(AA)"),  # offered only: AA is also Alcoholics Anonymous (review33a)
    Shape("tr_dha_line", "end", "(DHA)"),
    Shape("tr_source_aa", "end", "Source: AA"),
    # Arabic (SPA, WAM, QNA, KUNA)
    Shape("ar_spa_glued", "glued", "(SPA)"),
    Shape("ar_wam_line", "end", "(WAM)"),
    Shape("ar_agencies", "end", "- Agencies"),
    Shape("ar_agencies_glued", "glued", "- Agencies"),
    # Russian / Ukrainian (Telegram-era sites)
    Shape("ru_telegram", "end", "Subscribe to our Telegram channel"),
    Shape("ru_telegram_glued", "glued", "Subscribe to our Telegram channel"),
    Shape("ru_read_also_bare", "mid", "Read also"),
    Shape("ru_photo_top", "top", "Photo: Getty Images"),
    Shape("ru_see_also", "mid", "See also: Police arrest two men over the bank robbery"),
    # Spanish / Portuguese (EFE, Europa Press, Globo)
    Shape("es_follow_us", "end", "Follow us on Facebook, Twitter and Instagram"),
    Shape("es_efe_glued", "glued", "(EFE)"),
    Shape("es_europa_press_line", "end", "Europa Press"),
    Shape("es_see_more", "end", "See more:\nPolice arrest two men over the bank robbery"),
    Shape("pt_read_more_colon", "mid", "Read more:\nPolice arrest two men over the bank robbery"),
]

REGION_STAY = [
    Shape("agency_in_sentence", "mid", "The minister told the Antara news agency that the dams would be ready by May.", go=False),
    Shape("acronym_introduced", "mid", "The figures came from the Central Statistics Agency (BPS).", go=False),
    Shape("agency_acronym_introduced", "mid", "The visit was reported by the Saudi Press Agency (SPA).", go=False),
    Shape("ap_dateline", "lede", "WASHINGTON (AP) \u2014 ", go=False),
    Shape("reuters_dateline", "lede", "LONDON (Reuters) - ", go=False),
    Shape("paren_end", "mid", "She said the army would also build new roads (and two bridges).", go=False),
    Shape("photo_word", "mid", "Photo albums of the flood were shown to the minister at the town hall.", go=False),
    # a 'Photo:' line that describes a picture is a caption, page furniture too: the lookalike is a kicker
    Shape("photo_finish", "mid", "Photo finish: the race for the new dams was decided by a single vote, the council said.", go=False),
    Shape("reporter_sentence", "mid", "Reporter Kim Min-jun asked the minister when the dams would be ready.", go=False),
    Shape("editor_note_inline", "mid", "The law (passed in 2019, editor's note) allows the army to build dams.", go=False),
    Shape("triangle_list", "mid", "The plan has three parts: \u25b2 new dams \u25b2 new roads \u25b2 help for farmers.", go=False),
    Shape("pv_panels", "mid", "PV panels were fitted to the roofs of the new school.", go=False),
    Shape("nhk_in_sentence", "mid", "NHK reported that the dams would cost more than planned.", go=False),
    Shape("end_word", "mid", "(End of the minister's statement, the rest of the meeting was closed.)", go=False),
    Shape("efe_in_sentence", "mid", "The minister told EFE that the dams would be ready by May.", go=False),
    Shape("telegram_in_sentence", "mid", "The ministry said on its Telegram channel that the dams would be ready by May.", go=False),
    Shape("read_also_sentence", "mid", "Read also the minister's letter, she told reporters, before you judge the plan.", go=False),
    Shape("follow_us_quote", "mid", "\u201cFollow us on the road to recovery,\u201d the minister told the farmers.", go=False),
    Shape("initials_code", "mid", "The dam is on the river Ak (the white river, in the local language).", go=False),
    Shape("agencies_word", "mid", "Agencies of the United Nations will help to rebuild the towns.", go=False),
]


def article(shape: Shape) -> tuple[str, str]:
    """The page with the shape placed, and the page without it (what the chain should give)."""
    head, (a, b, c) = HEAD, PARAS
    clean = f"{head}\n\n{a}\n\n{b}\n\n{c}"
    if shape.where == "top":
        return f"{head}\n\n{shape.line}\n\n{a}\n\n{b}\n\n{c}", clean
    if shape.where == "mid":
        return f"{head}\n\n{a}\n\n{shape.line}\n\n{b}\n\n{c}", clean
    if shape.where == "lede":
        return f"{head}\n\n{shape.line}{a}\n\n{b}\n\n{c}", f"{head}\n\n{shape.line}{a}\n\n{b}\n\n{c}"
    if shape.where == "end":
        return f"{clean}\n\n{shape.line}", clean
    if shape.where == "front":
        return f"{head}\n\n{shape.line}{a}\n\n{b}\n\n{c}", clean
    if shape.where == "inpara":
        return f"{head}\n\n{a} {shape.line} {b}\n\n{c}", f"{head}\n\n{a} {b}\n\n{c}"
    return f"{clean} {shape.line}", clean


def verdict(shape: Shape, min_confidence: float | None = None) -> tuple[bool, str]:
    """(as wanted?, the output): a furniture shape gone and the article whole; a lookalike kept.
    With ``min_confidence`` 0.4 an offered edit counts as applied."""
    from cleanup import Config, process

    page, clean = article(shape)
    cfg = Config(detect_title=True) if min_confidence is None else Config(detect_title=True, min_confidence=min_confidence)
    out = process(page, cfg).text.strip()
    if shape.where == "lede":
        return f"{shape.line}{PARAS[0]}" in out and all(p in out for p in PARAS[1:]), out
    if shape.go:
        return out == clean or (out.endswith(PARAS[2]) and all(p in out for p in PARAS) and shape.line.split("\n")[0] not in out), out
    return shape.line in out and all(p in out for p in PARAS), out


def main() -> None:
    for group, shapes in (("must go", GO), ("must stay", STAY), ("region: must go", REGION_GO),
                          ("region: must stay", REGION_STAY)):
        bad = [(s, out) for s in shapes for ok, out in [verdict(s)] if not ok]
        offered = [s for s, _ in bad if verdict(s, 0.4)[0]]
        print(f"{group}: {len(shapes) - len(bad)} of {len(shapes)} as wanted"
              + (f", {len(offered)} more offered" if shape_go(shapes) else f", {len(offered)} fine when offers apply"))
        for s, out in bad:
            tag = "OFFER" if s in offered else "MISS"
            print(f"  {tag} {s.name} [{s.where}] {s.line!r}\n     -> ...{out[-160:]!r}")


def shape_go(shapes: list[Shape]) -> bool:
    return bool(shapes) and shapes[0].go


if __name__ == "__main__":
    main()
