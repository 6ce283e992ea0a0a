using SalesSuite.Goals.Application.Progress;

namespace SalesSuite.Goals.Areas.Goals.Pages.Progress;

/// <summary>The filter bar's model: which page it posts back to, the scope shown, whether the "all action types" toggle applies.</summary>
internal sealed record ProgressFilterBar(string Page, ProgressScope Scope, bool? All, string CsvUrl);
