using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Data;

internal sealed class QuotesDbContext(DbContextOptions<QuotesDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "quotes";
}
