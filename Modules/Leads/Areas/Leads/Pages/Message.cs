namespace SalesSuite.Leads.Areas.Leads.Pages;

/// <summary>An htmx message fragment: already-localised text and an alert kind (success, info, warning, danger).</summary>
internal sealed record Message(string Text, string Kind);
