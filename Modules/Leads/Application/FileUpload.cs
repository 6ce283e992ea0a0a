namespace SalesSuite.Leads.Application;

/// <summary>A posted file as the page received it; the command checks it with the attachment rules and reads it only then.</summary>
internal sealed record FileUpload(string FileName, string ContentType, long Length, Stream Content);
