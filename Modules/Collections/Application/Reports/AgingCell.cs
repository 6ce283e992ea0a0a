using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>Unpaid receivables of one owner in one age bucket: how many and the outstanding amount in fen.</summary>
internal sealed record AgingCell(Guid OwnerId, AgeBucket Bucket, int Count, long Fen);
