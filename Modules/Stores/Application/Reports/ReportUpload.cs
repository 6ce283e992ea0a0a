namespace SalesSuite.Stores.Application.Reports;

/// <summary>One posted file as the page received it; <see cref="Field"/> is the form field its problems belong next to.</summary>
internal sealed record ReportUpload(string Field, string FileName, string ContentType, long Length, Func<Stream> Open);
