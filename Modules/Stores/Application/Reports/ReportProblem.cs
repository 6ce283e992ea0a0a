namespace SalesSuite.Stores.Application.Reports;

/// <summary>One problem with the posted report: the form field it belongs next to ("" = the whole form) and its resource key.</summary>
internal sealed record ReportProblem(string Field, string Key, object[] Arguments);
