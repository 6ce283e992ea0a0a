using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>A stage × column row (Column null: the stage's total): stats, colour of the median, open deals now and red ones.</summary>
internal sealed record DwellRow(Guid? Column, string Name, DwellStats Stats, Rag Colour, int Now, int NowRed);
