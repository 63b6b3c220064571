<?xml version="1.0" encoding="utf-8"?>{% load i18n static %}
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:atom="http://www.w3.org/2005/Atom">
    <xsl:output method="html" encoding="utf-8" indent="yes"/>
    <xsl:template match="/">
        <html lang="{{ LANGUAGE_CODE }}">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title><xsl:value-of select="/rss/channel/title|/atom:feed/atom:title"/></title>
                <link rel="stylesheet" href="{% static 'css/site.css' %}"/>
            </head>
            <body>
                <main id="main" class="wrap">
                    <p class="notice">{% translate "This is a news feed. Copy its address into a feed reader or your newsroom's system to receive new items automatically." %}</p>
                    <h1><xsl:value-of select="/rss/channel/title|/atom:feed/atom:title"/></h1>
                    <p><xsl:value-of select="/rss/channel/description|/atom:feed/atom:subtitle"/></p>
                    <p>{% translate "Feed address:" %} <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href|/atom:feed/atom:link[@rel='self']/@href"/></code></p>
                    <h2>{% translate "Latest items" %}</h2>
                    <ul class="link-list">
                        <xsl:for-each select="/rss/channel/item|/atom:feed/atom:entry">
                            <li>
                                <a>
                                    <xsl:attribute name="href"><xsl:value-of select="link|atom:link[@rel='alternate']/@href"/></xsl:attribute>
                                    <xsl:value-of select="title|atom:title"/>
                                </a>
                                <p><xsl:value-of select="description|atom:summary"/></p>
                            </li>
                        </xsl:for-each>
                    </ul>
                </main>
            </body>
        </html>
    </xsl:template>
</xsl:stylesheet>
