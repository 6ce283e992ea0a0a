using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Data;

internal sealed class GoalsDbContext(DbContextOptions<GoalsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "goals";
}
