// English boilerplate as data, compared after normalisation (lower case, accents and
// punctuation stripped, spaces collapsed).
import type { BoilerplateLexicon } from '../../boilerplateLexicon.js';

export const BOILERPLATE_EN: BoilerplateLexicon = {
  lines: [
    'home', 'menu', 'search', 'close', 'sign in', 'log in', 'login', 'sign up', 'register',
    'subscribe', 'subscribe now', 'share', 'share this', 'share this article', 'share this story',
    'tweet', 'email', 'print', 'copy link', 'link copied', 'newsletter', 'newsletters',
    'advertisement', 'advertising', 'advert', 'sponsored', 'most read', 'most popular', 'most viewed',
    'trending', 'trending now', 'related', 'related articles', 'related stories', 'read more',
    'more', 'see more', 'show more', 'load more', 'comments', 'comment', 'leave a reply',
    'leave a comment', 'reply', 'next', 'previous', 'back to top', 'skip to content',
    'skip to main content', 'privacy policy', 'terms of use', 'terms of service', 'contact us',
    'about us', 'cookie settings', 'accept all', 'reject all', 'accept cookies', 'listen',
    'listen to this article', 'watch', 'video', 'videos', 'podcasts', 'live', 'follow us',
    'you may also like', 'recommended', 'recommended for you', 'more stories', 'latest news',
    'top stories', 'tags', 'topics', 'report', 'related topics', 'more on this story',
    'share this story', 'share this', 'recommended stories', 'related tags', 'read next', 'keep reading',
    'most shared', 'popular posts', 'post navigation', 'end of article', 'site index', 'adchoices',
    'contact the author', 'like this', 'share this story', 'copy', 'read now',
    // Consent panels and sign-up confirmations printed into the page.
    'privacy overview', 'necessary always enabled', 'non necessary', 'thanks for signing up',
    'see all newsletters', 'social sharing', 'ad policy',
    // A picture's credit left alone on its line under the caption ("Getty", "EPA").
    'getty', 'getty images', 'epa', 'afp', 'reuters', 'dpa', 'shutterstock', 'keystone', 'imago',
    // A video player's notice in place of the video.
    'media playback is unsupported on your device',
    'like it share it', 'explore charts',
  ],
  prefixes: [
    'read more', 'read also', 'also read', 'see also', 'related', 'more from', 'more on',
    'photo', 'photograph', 'image', 'picture', 'credit', 'getty images', 'copyright',
    'all rights reserved', 'subscribe to', 'sign up for', 'sign up to', 'get our newsletter',
    'share on', 'share this', 'follow us on', 'by continuing to use', 'leave a reply', 'leave a comment',
    'your email address will not be published', 'required fields are marked', 'you must be logged in',
    'click to share on', 'click here', 'published', 'updated', 'last updated', 'advertisement', 'sponsored content',
    'this advertisement has not loaded yet', 'story continues below', 'article continues below',
    'this article is for subscribers', 'already a subscriber', 'to continue reading',
    'download our app', 'support our journalism', 'this article was amended', 'this article was updated',
    'this article was corrected', 'this article has been amended', 'this article has been updated',
    'this article has been corrected', 'this story has been updated', 'this story was updated',
    'an earlier version of this article', 'an earlier version of this story',
    // An encyclopedia's hatnotes, pointers to other pages: "Main article: History of New Zealand".
    'main article', 'main articles', 'further information',
    // A caption's own label, as players print it: "Image caption Mr Obama in Nairobi".
    'image caption', 'photo caption',
    // Notes under the story: a wire's credits ("Reporting by Maya Gebeilly in Beirut; Editing by
    // …"), its standards, an encyclopedia's page footer ("Retrieved from "https://en.wikipedia…"",
    // the address named so that a sentence opening on the words stays), a share link's own text.
    'reporting by', 'writing by', 'editing by', 'our standards', 'this page was last edited on', 'retrieved from https',
    'click to email', 'click to print', 'follow me on',
    // Sign-up forms' small print: "No spam, we promise."
    'no spam we promise',
    // A poll's count under its results (pollWidget.ts): "Total Voters: 4,145".
    'total voters',
    // A picture's credit, and the kickers of links to other stories: "Courtesy of Andrew
    // Vaughan", "Next Up In Science", "Also: See Black Friday coverage", "Factbox: Key winners…",
    // "Deal Alert: Newest iPad Pro up to $200 off", "Check out more articles on …".
    'courtesy of', 'next up in', 'also see', 'factbox', 'deal alert', 'check out more',
    // A registration wall's pitch, printed whole into the page under the free part: "THIS
    // CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "Create an account or sign in to continue with
    // your reading experience.", "Register to unlock this article — it's free", "Unlimited
    // digital access to the …", and the saved-articles help beside it.
    'this content is reserved for subscribers', 'create an account or sign in', 'subscribe now to read',
    'register to unlock', 'unlimited digital access', 'you can manage your saved articles',
    // The benefits listed under it: "Daily puzzles, including the … Crossword.", "Access articles
    // from across Canada with one account."
    'daily puzzles including', 'access articles from across',
    // A magazine's note: "View our current issue".
    'view our current issue',
    // A newsletter form's check box and thanks: "Please check the opt-in box to acknowledge…",
    // "Keep an eye on your inbox for the latest sports news."
    'please check the opt in box', 'keep an eye on your inbox',
    // A pitch closing a story, "Like this story? Share it with a friend!", and a shop guide's
    // disclosure "We independently select everything we recommend."
    'like this story', 'we independently select',
  ],
  notices: [
    // Furniture however long the line: consent notices, sign-up small print ("By signing up, you
    // confirm that you are over the age of 16 and agree to receive occasional promotional…"), an
    // encyclopedia's licence footer, a pitch ("If you enjoyed this article, we have a proposition
    // for you…") and a caption's label as wires print it ("FILE PHOTO: Traders work on the floor
    // …", "Media caption Mr Obama told the BBC…") all run past the 24 words of a teaser.
    'we use cookies', 'this site uses cookies', 'this website uses cookies', 'by signing up you',
    'by registering you', 'text is available under the creative commons', 'if you enjoyed this article',
    'media caption', 'file photo',
    // A subscription's benefit ("Exclusive articles from Jane Doe, John Roe and others. Plus, food
    // reviews and event listings in the weekly newsletter…") and a market page's data note ("Most
    // stock quote data provided by BATS. Market indices are shown in real time, except…").
    'exclusive articles from', 'most stock quote data provided by',
  ],
  tailMarkers: [
    'most read', 'most popular', 'most viewed', 'related', 'related articles', 'related stories',
    'more stories', 'you may also like', 'recommended', 'recommended for you', 'latest news',
    'comments', 'leave a reply', 'leave a comment', 'trending', 'trending now', 'top stories',
    'more on this story', 'read next', 'more from', 'related topics', 'further reading',
    'our latest stories', 'latest stories', 'you might also like',
    'recommended stories', 'related tags', 'read next', 'most shared', 'popular posts',
    'you may like these posts', 'end of article', 'from around the site', 'from around the web',
  ],
  paywallEnds: [
    'subscribe to continue reading', 'to continue reading this article', 'the rest of this article is',
    'subscribe to read the full article', 'to read the full story',
  ],
  // "Related Article", "Related coverage", "More from Ask an Advisor", "More In Ask an Advisor",
  // "Next Up In Science & Health", "More on Climate": a box of links named after its section.
  boxHeadings: ['related', 'more from', 'more in', 'next up in', 'more on'],
  boxMarkers: ['related', 'related articles', 'related stories', 'read more', 'more on this story', 'see also', 'read also', 'also read'],
};
