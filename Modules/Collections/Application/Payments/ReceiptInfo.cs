namespace SalesSuite.Collections.Application.Payments;

/// <summary>The receipt's name, type and size (the content is served only on download).</summary>
internal sealed record ReceiptInfo(Guid Id, string FileName, string ContentType, long Size);
