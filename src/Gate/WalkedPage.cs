namespace SendSite.Gate;

/// <summary>
/// A page chosen for the Tab walk (keyboard, skip link, no JavaScript) to stand for every page of its template
/// made of the same components. The report lists these, so a reader sees which page stood for which.
/// </summary>
/// <param name="Page">The page walked.</param>
/// <param name="Template">Its template.</param>
/// <param name="Components">The components it and the pages it stands for share (<see cref="PageComponents"/>).</param>
/// <param name="PagesLikeIt">How many pages of the site share that template and those components, itself included.</param>
public sealed record WalkedPage(string Page, string Template, IReadOnlyList<string> Components, int PagesLikeIt);
