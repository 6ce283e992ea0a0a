namespace SalesSuite.Stores.Application.Media;

/// <summary>A stored file ready to send: its bytes (the caller disposes), content type and entity tag.</summary>
internal sealed record ServedFile(Stream Content, string ContentType, string ETag);
