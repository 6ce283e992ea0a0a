namespace SalesSuite.Leads.Application.Deals;

/// <summary>A file posted for a deal's "file" stage field, as the page received it (the content is read only when accepted).</summary>
internal sealed record FieldUpload(Guid FieldId, string FileName, string ContentType, long Length, Stream Content);
