using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages;

/// <summary>The period / region form on top of every headquarters view, with its CSV link.</summary>
internal sealed record HqFilterBar(string Page, HqFilter Filter, HqPeriod Period, IReadOnlyList<string> Regions, string CsvUrl);
