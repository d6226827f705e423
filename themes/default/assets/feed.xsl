<?xml version="1.0" encoding="utf-8"?>
<!--
  Shows an Atom feed in the browser as a readable page (issue 16): someone who follows "Follow this area's
  updates" sees what a feed is and how to follow it, and the entries, instead of raw XML. Feed readers ignore it.
  Every feed names this file in <?xml-stylesheet?> by a relative address; the site's stylesheets sit beside it,
  so their addresses are taken from that instruction and the page works under any base path.
  No script and no inline style: the page keeps to the site's Content-Security-Policy.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="no"/>

  <!-- "../../assets/feed.xsl" gives "../../assets/" -->
  <xsl:variable name="instruction" select="/processing-instruction('xml-stylesheet')"/>
  <xsl:variable name="assets" select="substring-before(substring-after($instruction, 'href=&quot;'), 'feed.xsl')"/>
  <xsl:variable name="feed" select="/atom:feed"/>
  <xsl:variable name="self" select="$feed/atom:link[@rel='self']/@href"/>
  <xsl:variable name="page" select="$feed/atom:link[@rel='alternate']/@href"/>

  <xsl:template match="/">
    <html lang="{$feed/@xml:lang}" class="govuk-template">
      <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="$feed/atom:title"/> (web feed)</title>
        <link rel="icon" href="{$assets}favicon.svg" type="image/svg+xml"/>
        <link rel="stylesheet" href="{$assets}govuk-frontend.min.css"/>
        <link rel="stylesheet" href="{$assets}site.css"/>
      </head>
      <body class="govuk-template__body">
        <!-- No skip link: nothing repeated comes before the main content, so there is nothing to skip. -->
        <div class="govuk-width-container">
          <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <span class="govuk-caption-l">Web feed</span>
                <h1 class="govuk-heading-xl"><xsl:value-of select="$feed/atom:title"/></h1>
                <div class="govuk-inset-text">
                  <p class="govuk-body">This is a web feed (Atom). It lists what is published on the page <a class="govuk-link" href="{$page}">this feed follows</a>, newest first. A feed reader app checks it for you and shows each new report or plan as it is published.</p>
                </div>
                <h2 class="govuk-heading-m">How to follow this feed</h2>
                <ol class="govuk-list govuk-list--number">
                  <li>Copy this page's address: <span class="app-feed-address"><xsl:value-of select="$self"/></span></li>
                  <li>Paste it into a feed reader app or website where it asks for a feed or a site to follow. Many email programs and browsers can follow feeds too.</li>
                </ol>
                <p class="govuk-body">You do not need a feed to read these reports and plans: <a class="govuk-link" href="{$page}">go to the page this feed follows</a>.</p>
                <h2 class="govuk-heading-m">In this feed</h2>
                <xsl:choose>
                  <xsl:when test="$feed/atom:entry">
                    <ul class="govuk-list">
                      <xsl:apply-templates select="$feed/atom:entry"/>
                    </ul>
                  </xsl:when>
                  <xsl:otherwise>
                    <p class="govuk-body">Nothing has been published here yet. Follow the feed to hear when something is.</p>
                  </xsl:otherwise>
                </xsl:choose>
              </div>
            </div>
          </main>
        </div>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li class="app-feed-entry">
      <h3 class="govuk-heading-s"><a class="govuk-link" href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
      <p class="govuk-body-s app-secondary-text">Published <xsl:call-template name="long-date"><xsl:with-param name="instant" select="atom:published"/></xsl:call-template></p>
      <p class="govuk-body"><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>

  <!-- "2026-11-05T00:00:00Z" as "5 November 2026": the feed's instants are UTC and the site's dates are days. -->
  <xsl:template name="long-date">
    <xsl:param name="instant"/>
    <xsl:variable name="month" select="number(substring($instant, 6, 2))"/>
    <xsl:value-of select="number(substring($instant, 9, 2))"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$month = 1">January</xsl:when>
      <xsl:when test="$month = 2">February</xsl:when>
      <xsl:when test="$month = 3">March</xsl:when>
      <xsl:when test="$month = 4">April</xsl:when>
      <xsl:when test="$month = 5">May</xsl:when>
      <xsl:when test="$month = 6">June</xsl:when>
      <xsl:when test="$month = 7">July</xsl:when>
      <xsl:when test="$month = 8">August</xsl:when>
      <xsl:when test="$month = 9">September</xsl:when>
      <xsl:when test="$month = 10">October</xsl:when>
      <xsl:when test="$month = 11">November</xsl:when>
      <xsl:when test="$month = 12">December</xsl:when>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($instant, 1, 4)"/>
  </xsl:template>
</xsl:stylesheet>
